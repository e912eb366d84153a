import pandas as pd
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score

LEAKY = ["retention_offer_accepted", "account_closed_date_known"]
df = pd.read_csv("train.csv", parse_dates=["snapshot_month"])
df = df.drop(columns=LEAKY)
df["plan"] = df["plan"].astype("category")

train = df[df.snapshot_month < "2024-08-01"]
valid = df[df.snapshot_month >= "2024-08-01"]
valid = valid[~valid.customer_id.isin(train.customer_id)]

X_cols = [c for c in df.columns if c not in ("snapshot_id", "customer_id", "snapshot_month", "churned_next_month")]
hgb = HistGradientBoostingClassifier(categorical_features="from_dtype").fit(train[X_cols], train.churned_next_month)
base = DummyClassifier(strategy="prior").fit(train[X_cols], train.churned_next_month)
print("baseline", roc_auc_score(valid.churned_next_month, base.predict_proba(valid[X_cols])[:, 1]))
print("hgb", roc_auc_score(valid.churned_next_month, hgb.predict_proba(valid[X_cols])[:, 1]))
