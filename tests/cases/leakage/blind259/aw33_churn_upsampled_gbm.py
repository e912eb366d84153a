import pandas as pd
from sklearn.utils import resample
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score

df = pd.read_csv("train.csv", parse_dates=["snapshot_month"])
print(df.churned_next_month.value_counts())

# only ~5% churners -> upsample them to 25%
pos = df[df.churned_next_month == 1]
neg = df[df.churned_next_month == 0]
pos_up = resample(pos, replace=True, n_samples=len(neg) // 3, random_state=4)
df = pd.concat([neg, pos_up]).sort_values("snapshot_month")

X_cols = ["tenure_months", "monthly_charges", "support_tickets_30d", "logins_30d", "payment_failures_90d"]
df[X_cols] = df[X_cols].fillna(0)

cut = pd.Timestamp("2024-04-01")
early = df[df.snapshot_month < cut]
late = df[(df.snapshot_month >= cut) & ~df.customer_id.isin(early.customer_id)]

gb = GradientBoostingClassifier(n_estimators=200, max_depth=3, random_state=4)
gb.fit(early[X_cols], early.churned_next_month)
bl = DummyClassifier(strategy="prior").fit(early[X_cols], early.churned_next_month)

pp = gb.predict_proba(late[X_cols])[:, 1]
print("GB       AUC %.3f AP %.3f" % (roc_auc_score(late.churned_next_month, pp), average_precision_score(late.churned_next_month, pp)))
pb = bl.predict_proba(late[X_cols])[:, 1]
print("baseline AUC %.3f AP %.3f" % (roc_auc_score(late.churned_next_month, pb), average_precision_score(late.churned_next_month, pb)))

test = pd.read_csv("test.csv")
test[X_cols] = test[X_cols].fillna(0)
gb.fit(df[X_cols], df.churned_next_month)
test["prediction"] = gb.predict_proba(test[X_cols])[:, 1]
test[["snapshot_id", "prediction"]].to_csv("predictions.csv", index=False)
