"""Credit default take-home: predict default_flag for each applicant.

Structure:
    FeatureBuilder  - custom sklearn transformer (impute, log, scale, one-hot)
    Trainer         - wraps model fitting
    Evaluator       - prints metrics
"""
import numpy as np
import pandas as pd
from sklearn.base import BaseEstimator, TransformerMixin
from sklearn.dummy import DummyClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.metrics import roc_auc_score, average_precision_score, brier_score_loss
from sklearn.model_selection import train_test_split

RANDOM_STATE = 7

NUMERIC = [
    "age", "annual_income", "employment_years", "loan_amount", "loan_term_months",
    "interest_rate", "credit_score", "num_open_accounts", "num_delinquencies_2y",
    "debt_to_income", "revolving_util",
]
CATEGORICAL = ["home_ownership", "purpose", "region", "education"]
SKEWED = ["annual_income", "loan_amount"]


class FeatureBuilder(BaseEstimator, TransformerMixin):
    """Median impute -> log1p on skewed columns -> z-score -> one-hot categoricals."""

    def __init__(self, numeric=None, categorical=None, skewed=None):
        self.numeric = numeric
        self.categorical = categorical
        self.skewed = skewed

    def fit(self, X, y=None):
        X = X.copy()
        self.medians_ = X[self.numeric].median()
        num = X[self.numeric].fillna(self.medians_)
        for c in self.skewed:
            num[c] = np.log1p(num[c].clip(lower=0))
        self.means_ = num.mean()
        self.stds_ = num.std().replace(0, 1.0)
        self.levels_ = {c: sorted(X[c].dropna().unique()) for c in self.categorical}
        return self

    def transform(self, X):
        X = X.copy()
        num = X[self.numeric].fillna(self.medians_)
        for c in self.skewed:
            num[c] = np.log1p(num[c].clip(lower=0))
        num = (num - self.means_) / self.stds_
        parts = [num]
        for c in self.categorical:
            for lvl in self.levels_[c]:
                parts.append((X[c] == lvl).astype(int).rename(f"{c}__{lvl}"))
        return pd.concat(parts, axis=1)


class Trainer:
    def __init__(self, model):
        self.model = model

    def fit(self, X, y):
        self.model.fit(X, y)
        return self

    def predict_proba(self, X):
        return self.model.predict_proba(X)[:, 1]


class Evaluator:
    def __init__(self, y_true):
        self.y_true = y_true
        self.rows = []

    def add(self, name, proba):
        self.rows.append({
            "model": name,
            "roc_auc": roc_auc_score(self.y_true, proba),
            "pr_auc": average_precision_score(self.y_true, proba),
            "brier": brier_score_loss(self.y_true, proba),
        })

    def report(self):
        out = pd.DataFrame(self.rows).set_index("model").round(4)
        print(out)
        return out


def load():
    df = pd.read_csv("train.csv")
    print(df.shape, "default rate:", round(df["default_flag"].mean(), 3))
    return df


if __name__ == "__main__":
    df = load()
    y = df["default_flag"].values
    X_raw = df[NUMERIC + CATEGORICAL]

    X_tr_raw, X_te_raw, y_tr, y_te = train_test_split(
        X_raw, y, test_size=0.25, stratify=y, random_state=RANDOM_STATE
    )

    # builder learns medians / means / levels from the training rows only
    fb = FeatureBuilder(numeric=NUMERIC, categorical=CATEGORICAL, skewed=SKEWED)
    X_tr = fb.fit_transform(X_tr_raw)
    X_te = fb.transform(X_te_raw)
    print("train matrix:", X_tr.shape, "test matrix:", X_te.shape)

    ev = Evaluator(y_te)

    base = Trainer(DummyClassifier(strategy="prior")).fit(X_tr, y_tr)
    ev.add("baseline_prior", base.predict_proba(X_te))

    candidates = {
        "logreg": LogisticRegression(C=0.5, max_iter=2000, class_weight="balanced"),
        "gbm": GradientBoostingClassifier(n_estimators=300, max_depth=3,
                                          learning_rate=0.05, random_state=RANDOM_STATE),
    }
    for name, model in candidates.items():
        tr = Trainer(model).fit(X_tr, y_tr)
        ev.add(name, tr.predict_proba(X_te))

    results = ev.report()

    # coefficients for the memo
    lr = candidates["logreg"]
    coefs = pd.Series(lr.coef_[0], index=X_tr.columns).sort_values()
    print("most protective:\n", coefs.head(5))
    print("most risky:\n", coefs.tail(5))

    # predictions on the hidden test file with the GBM
    test = pd.read_csv("test.csv")
    X_sub = fb.transform(test[NUMERIC + CATEGORICAL])
    pd.DataFrame({
        "applicant_id": test["applicant_id"],
        "prediction": candidates["gbm"].predict_proba(X_sub)[:, 1],
    }).to_csv("predictions.csv", index=False)
    print("wrote predictions.csv")
