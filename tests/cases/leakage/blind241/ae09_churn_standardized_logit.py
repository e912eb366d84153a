import pandas as pd
import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score, precision_score, recall_score

df = pd.read_csv("train.csv")
test_df = pd.read_csv("test.csv")
df["snapshot_month"] = pd.to_datetime(df["snapshot_month"])
test_df["snapshot_month"] = pd.to_datetime(test_df["snapshot_month"])

print(df.shape)
print(df.describe().T)
print(df.groupby("snapshot_month")["churned_next_month"].mean())

num_cols = ["tenure_months", "monthly_charges", "support_tickets_30d", "logins_30d",
            "late_payments_12m", "discount_pct"]

# a few customers have no login data -> fill with the average, then put everything on one scale
df[num_cols] = df[num_cols].fillna(df[num_cols].mean())
mu = df[num_cols].mean()
sd = df[num_cols].std()
df[num_cols] = (df[num_cols] - mu) / sd
test_df[num_cols] = (test_df[num_cols].fillna(mu) - mu) / sd

df = pd.get_dummies(df, columns=["plan", "region"], drop_first=True)
test_df = pd.get_dummies(test_df, columns=["plan", "region"], drop_first=True)
dummy_cols = [c for c in df.columns if c.startswith(("plan_", "region_"))]
feats = num_cols + dummy_cols

# validate on Jan 2024 onwards, new customers only
cutoff = pd.Timestamp("2024-01-01")
early = df[df.snapshot_month < cutoff]
late = df[df.snapshot_month >= cutoff]
late = late[~late.customer_id.isin(early.customer_id)]
print("early", early.shape, "late", late.shape)

base = DummyClassifier(strategy="prior").fit(early[feats], early.churned_next_month)
print("baseline AUC", roc_auc_score(late.churned_next_month, base.predict_proba(late[feats])[:, 1]))

clf = LogisticRegression(class_weight="balanced", C=1.0, max_iter=1000)
clf.fit(early[feats], early.churned_next_month)
p = clf.predict_proba(late[feats])[:, 1]
print("AUC", roc_auc_score(late.churned_next_month, p))
print("AP", average_precision_score(late.churned_next_month, p))
print("precision@0.5", precision_score(late.churned_next_month, p > 0.5))
print("recall@0.5", recall_score(late.churned_next_month, p > 0.5))

coef = pd.Series(clf.coef_[0], index=feats).sort_values()
print(coef)

test_X = test_df.reindex(columns=feats, fill_value=0)
out = pd.DataFrame({"snapshot_id": test_df.snapshot_id, "prediction": clf.predict_proba(test_X)[:, 1]})
out.to_csv("predictions.csv", index=False)
