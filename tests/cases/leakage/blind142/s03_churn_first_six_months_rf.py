# churn-snapshots submission
# approach: random forest, validate on the last three labelled months
import numpy as np
import pandas as pd
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import roc_auc_score, average_precision_score

TARGET = "churned_next_month"
ID = "snapshot_id"

df = pd.read_csv("train.csv")
tst = pd.read_csv("test.csv")

df["snapshot_month"] = pd.to_datetime(df["snapshot_month"])
tst["snapshot_month"] = pd.to_datetime(tst["snapshot_month"])

plan_map = {"basic": 0, "standard": 1, "premium": 2}
FEATS = ["tenure_months", "monthly_charges", "has_discount", "logins_30d",
         "days_since_last_login", "support_tickets_30d", "payment_failures_90d",
         "plan_code", "region_north", "region_south", "month_of_year"]


def prep(d):
    d = d.copy()
    d["plan_code"] = d["plan"].map(plan_map).fillna(-1)
    d["region_north"] = (d["region"] == "north").astype(int)
    d["region_south"] = (d["region"] == "south").astype(int)
    d["month_of_year"] = d["snapshot_month"].dt.month
    return d[FEATS].fillna(-1).to_numpy(dtype=float)


X = prep(df)
y = df[TARGET].to_numpy()
t = df["snapshot_month"].to_numpy()

# sort rows chronologically and cut on the month boundary
order = np.argsort(t, kind="mergesort")
X, y, t = X[order], y[order], t[order]
ids = df[ID].to_numpy()[order]

months = np.unique(t)
print("months:", months)
cut = months[6]  # Jan..Jun train, Jul..Sep validation
tr_pos = np.where(t < cut)[0]
va_pos = np.where(t >= cut)[0]
print("train", len(tr_pos), "valid", len(va_pos))
print("churn rate train/valid:", y[tr_pos].mean(), y[va_pos].mean())

rf = RandomForestClassifier(n_estimators=400, min_samples_leaf=20,
                            class_weight="balanced_subsample", n_jobs=-1, random_state=0)
rf.fit(X[tr_pos], y[tr_pos])
score = rf.predict_proba(X[va_pos])[:, 1]

# simple baseline: more days since last login = more likely to churn
baseline_score = X[va_pos, FEATS.index("days_since_last_login")]
print("baseline (days since login) AUC:", round(roc_auc_score(y[va_pos], baseline_score), 4))
print("random forest AUC:", round(roc_auc_score(y[va_pos], score), 4))
print("random forest AP :", round(average_precision_score(y[va_pos], score), 4))

imp = rf.feature_importances_
for j in np.argsort(imp)[::-1]:
    print(f"  {FEATS[j]:24s} {imp[j]:.3f}")

# final fit on all months
rf.fit(X, y)
out = pd.DataFrame({ID: tst[ID], "prediction": rf.predict_proba(prep(tst))[:, 1]})
out.to_csv("predictions.csv", index=False)
