# Card fraud take-home
# quick + interpretable first: logistic regression on standardised numeric features
import numpy as np
import polars as pl
from sklearn.linear_model import LogisticRegression
from sklearn.dummy import DummyClassifier
from sklearn.model_selection import train_test_split
from sklearn.metrics import roc_auc_score, average_precision_score, precision_recall_curve

NUM = ["amount", "hour", "card_age_days", "distance_from_home_km", "n_tx_24h"]
CAT = ["merchant_category", "device_type"]

tx = pl.read_csv("train.csv")
print(tx.shape, tx["is_fraud"].mean())
print(tx.select(pl.col(NUM).null_count()))

# log amount (heavy tail), cyclical hour
tx = tx.with_columns(
    pl.col("amount").log1p().alias("amount"),
    (2 * np.pi * pl.col("hour") / 24).sin().alias("hour_sin"),
    (2 * np.pi * pl.col("hour") / 24).cos().alias("hour_cos"),
    (pl.col("country") != "home").cast(pl.Int8).alias("abroad"),
).to_dummies(CAT)

prefixes = tuple(f"{c}_" for c in CAT)
features = NUM + ["hour_sin", "hour_cos", "abroad"] + [c for c in tx.columns if c.startswith(prefixes)]
print(len(features), "features")

tr, te = train_test_split(tx, test_size=0.2, stratify=tx["is_fraud"], random_state=0)

# impute + standardise with statistics of the training part only
stats = tr.select(
    [pl.col(c).mean().alias(f"{c}__mean") for c in NUM]
    + [pl.col(c).std().alias(f"{c}__std") for c in NUM]
).row(0, named=True)


def standardise(frame: pl.DataFrame) -> pl.DataFrame:
    return frame.with_columns(
        [pl.col(c).fill_null(stats[f"{c}__mean"]) for c in NUM]
    ).with_columns(
        [((pl.col(c) - stats[f"{c}__mean"]) / stats[f"{c}__std"]).alias(c) for c in NUM]
    )


tr, te = standardise(tr), standardise(te)
X_tr, y_tr = tr.select(features).to_numpy(), tr["is_fraud"].to_numpy()
X_te, y_te = te.select(features).to_numpy(), te["is_fraud"].to_numpy()

logit = LogisticRegression(max_iter=5000, C=0.1, class_weight="balanced").fit(X_tr, y_tr)
dummy = DummyClassifier(strategy="prior").fit(X_tr, y_tr)

for name, m in (("dummy", dummy), ("logit", logit)):
    s = m.predict_proba(X_te)[:, 1]
    print(f"{name:6s} ROC-AUC {roc_auc_score(y_te, s):.3f} | PR-AUC {average_precision_score(y_te, s):.3f}")

prec, rec, thr = precision_recall_curve(y_te, logit.predict_proba(X_te)[:, 1])
i = np.where(rec >= 0.80)[0][-1]
print(f"at 80% recall: precision {prec[i]:.3f}")

coef = sorted(zip(features, logit.coef_[0]), key=lambda t: -abs(t[1]))
for f, c in coef[:10]:
    print(f"{f:30s} {c:+.3f}")
