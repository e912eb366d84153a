import pandas as pd
import numpy as np
from sklearn.ensemble import RandomForestClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score

tr_raw = pd.read_csv("train.csv", parse_dates=["snapshot_month"])
te_raw = pd.read_csv("test.csv", parse_dates=["snapshot_month"])
full = pd.concat([tr_raw.assign(part="train"), te_raw.assign(part="test")], ignore_index=True)
full = full.sort_values(["customer_id", "snapshot_month"])

# customer-level history features, previous months only
g = full.groupby("customer_id")
full["avg_logins"] = g["logins_30d"].transform(lambda s: s.shift(1).expanding().mean())
full["max_tickets"] = g["support_tickets_30d"].transform(lambda s: s.shift(1).cummax())
full["monthly_charges"] = g["monthly_charges"].ffill()
full["logins_delta"] = g["logins_30d"].diff().fillna(0)

feats = ["tenure_months", "monthly_charges", "support_tickets_30d", "logins_30d",
         "avg_logins", "max_tickets", "logins_delta"]
full[feats] = full[feats].fillna(0)

df = full[full.part == "train"]
cut = df.snapshot_month.max() - pd.DateOffset(months=2)
fit = df[df.snapshot_month < cut]
val = df[df.snapshot_month >= cut]
val = val[~val.customer_id.isin(fit.customer_id.unique())]
print("fit", fit.shape, "val", val.shape)

rf = RandomForestClassifier(n_estimators=300, min_samples_leaf=20, n_jobs=-1, random_state=0)
rf.fit(fit[feats], fit.churned_next_month)
base = DummyClassifier(strategy="prior").fit(fit[feats], fit.churned_next_month)

for name, m in [("rf", rf), ("baseline", base)]:
    p = m.predict_proba(val[feats])[:, 1]
    print(name, roc_auc_score(val.churned_next_month, p), average_precision_score(val.churned_next_month, p))

print(pd.Series(rf.feature_importances_, feats).sort_values(ascending=False))

rf.fit(df[feats], df.churned_next_month)
te = full[full.part == "test"]
pd.DataFrame({"snapshot_id": te.snapshot_id, "prediction": rf.predict_proba(te[feats])[:, 1]}).to_csv("predictions.csv", index=False)
