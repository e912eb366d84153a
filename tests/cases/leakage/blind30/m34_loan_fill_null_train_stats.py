"""Loan default: missing-value handling and standardisation with training-period statistics."""
import datetime as dt

import polars as pl
from sklearn.dummy import DummyClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, brier_score_loss, roc_auc_score

TARGET = "defaulted"
NUMERIC = ["amount", "term_months", "income", "dti", "credit_score", "employment_years", "n_open_accounts"]
CUT = dt.date(2023, 1, 1)


class TrainStatsScaler:
    """Mean-impute then z-score, with statistics taken from the frame passed to fit()."""

    def __init__(self, cols):
        self.cols = cols
        self.stats = None

    def fit(self, df: pl.DataFrame) -> "TrainStatsScaler":
        self.stats = df.select(
            [pl.col(c).mean().alias(f"{c}__mean") for c in self.cols]
            + [pl.col(c).std().alias(f"{c}__std") for c in self.cols]
        ).row(0, named=True)
        return self

    def transform(self, df: pl.DataFrame) -> pl.DataFrame:
        exprs = []
        for c in self.cols:
            mu, sd = self.stats[f"{c}__mean"], self.stats[f"{c}__std"] or 1.0
            exprs.append(((pl.col(c).fill_null(mu) - mu) / sd).alias(c))
        return df.with_columns(exprs)


loans = pl.read_csv("train.csv", try_parse_dates=True).with_columns(
    pl.col("income").log1p().alias("income"),
    pl.col("amount").log1p().alias("amount"),
    (pl.col("purpose") == "small_business").cast(pl.Int8).alias("purpose_smb"),
)

train = loans.filter(pl.col("application_date") < CUT)
test = loans.filter(pl.col("application_date") >= CUT)
test = test.filter(~pl.col("applicant_id").is_in(train["applicant_id"].unique().implode()))

scaler = TrainStatsScaler(NUMERIC).fit(train)
train_s, test_s = scaler.transform(train), scaler.transform(test)

feats = NUMERIC + ["purpose_smb"]
X_tr, y_tr = train_s.select(feats).to_numpy(), train_s[TARGET].to_numpy()
X_te, y_te = test_s.select(feats).to_numpy(), test_s[TARGET].to_numpy()

lr = LogisticRegression(C=0.2, max_iter=2000).fit(X_tr, y_tr)
prior = DummyClassifier(strategy="prior").fit(X_tr, y_tr)

report = []
for name, est in [("prior", prior), ("logistic", lr)]:
    p = est.predict_proba(X_te)[:, 1]
    report.append({
        "model": name,
        "roc_auc": round(roc_auc_score(y_te, p), 4),
        "pr_auc": round(average_precision_score(y_te, p), 4),
        "brier": round(brier_score_loss(y_te, p), 4),
    })
print(pl.DataFrame(report))
print(dict(zip(feats, lr.coef_[0].round(3))))
