# ---------------------------------------------------------------
# churn take-home, attempt 4 (attempts 1-3 deleted, they were a mess)
# Leyla -- junior ML eng
# ---------------------------------------------------------------
import pandas as pd
import numpy as np
import lightgbm as lgb
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score, precision_recall_curve

df = pd.read_csv("train.csv")
df["snapshot_month"] = pd.to_datetime(df["snapshot_month"])
test = pd.read_csv("test.csv")
test["snapshot_month"] = pd.to_datetime(test["snapshot_month"])
print(df.shape, test.shape)

CAT = ["plan", "payment_method", "region", "contract_type"]
for c in CAT:
    df[c] = df[c].astype(str)
    test[c] = test[c].astype(str)
    print(c, df[c].unique())

# past-only features
df = df.sort_values(["customer_id", "snapshot_month"])
df["tickets_3m"] = df.groupby("customer_id")["support_tickets_30d"].transform(
    lambda s: s.shift(1).rolling(3, min_periods=1).sum())
df["logins_3m_avg"] = df.groupby("customer_id")["logins_30d"].transform(
    lambda s: s.shift(1).rolling(3, min_periods=1).mean())
df[["tickets_3m", "logins_3m_avg"]] = df[["tickets_3m", "logins_3m_avg"]].fillna(0)

df = pd.get_dummies(df, columns=CAT, dtype=int)
EXCLUDE = {"snapshot_id", "customer_id", "snapshot_month", "churned_next_month",
           "retention_offer_accepted", "account_closed_date_known"}
FEATS = [c for c in df.columns if c not in EXCLUDE]

# hold out: months >= 2024-02, customers never seen before that
cut = pd.Timestamp("2024-02-01")
fit_df = df[df.snapshot_month < cut]
hold_df = df[(df.snapshot_month >= cut) & (~df.customer_id.isin(fit_df.customer_id))]
print("fit", fit_df.shape, "holdout", hold_df.shape)
print("holdout churn rate", hold_df.churned_next_month.mean())

# what does "no model" get?
dummy = DummyClassifier(strategy="prior").fit(fit_df[FEATS], fit_df["churned_next_month"])
pdum = dummy.predict_proba(hold_df[FEATS])[:, 1]
print("dummy   AUC", roc_auc_score(hold_df.churned_next_month, pdum),
      "AP", average_precision_score(hold_df.churned_next_month, pdum))

params = dict(n_estimators=600, learning_rate=0.03, num_leaves=31, min_child_samples=50,
              subsample=0.8, subsample_freq=1, colsample_bytree=0.8, is_unbalance=True,
              random_state=3, verbose=-1)
model = lgb.LGBMClassifier(**params)
model.fit(fit_df[FEATS], fit_df["churned_next_month"])

p = model.predict_proba(hold_df[FEATS])[:, 1]
print("holdout AUC", roc_auc_score(hold_df.churned_next_month, p))
print("holdout AP ", average_precision_score(hold_df.churned_next_month, p))
prec, rec, thr = precision_recall_curve(hold_df.churned_next_month, p)
print("precision at 50% recall:", prec[np.argmin(np.abs(rec - 0.5))])

imp = pd.Series(model.feature_importances_, index=FEATS).sort_values(ascending=False)
print(imp.head(20))

# submission: same features on test
test = test.sort_values(["customer_id", "snapshot_month"])
test["tickets_3m"] = test.groupby("customer_id")["support_tickets_30d"].transform(
    lambda s: s.shift(1).rolling(3, min_periods=1).sum()).fillna(0)
test["logins_3m_avg"] = test.groupby("customer_id")["logins_30d"].transform(
    lambda s: s.shift(1).rolling(3, min_periods=1).mean()).fillna(0)
test_X = pd.get_dummies(test, columns=CAT, dtype=int).reindex(columns=FEATS, fill_value=0)
pd.DataFrame({"snapshot_id": test.snapshot_id, "prediction": model.predict_proba(test_X)[:, 1]}).to_csv(
    "predictions.csv", index=False)
