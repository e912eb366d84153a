import json
import pandas as pd
import numpy as np
from sklearn.ensemble import GradientBoostingClassifier
from sklearn.metrics import roc_auc_score, average_precision_score, classification_report

# ------------------------------------------------------------------ config
TASK = json.load(open("task.json"))
Y = TASK["target"]
SNAP = TASK["id_column"]
CUSTOMER = TASK["group_column"]
MONTH = TASK["time_column"]
CORR_MIN = 0.03

# ------------------------------------------------------------------ load
df = pd.read_csv("train.csv")
df[MONTH] = pd.to_datetime(df[MONTH])
df = df.drop(columns=TASK["leaky_columns"])
print(df.shape, df[Y].mean())

# ------------------------------------------------------------------ feature engineering
df = df.sort_values([CUSTOMER, MONTH])
df["logins_pct_change"] = df.groupby(CUSTOMER)["logins_30d"].pct_change().replace([np.inf, -np.inf], np.nan).fillna(0)
df["tickets_prev"] = df.groupby(CUSTOMER)["support_tickets_30d"].shift(1).fillna(0)
df["failures_any"] = np.where(df["payment_failures_90d"] > 0, 1, 0)
df["login_gap"] = df["days_since_last_login"].fillna(60).clip(upper=365)
df["charge_level"] = pd.cut(df["monthly_charges"], [0, 30, 60, 90, np.inf], labels=["low", "mid", "high", "vhigh"])
df["has_discount"] = df["has_discount"].astype(int)
df = pd.get_dummies(df, columns=["plan", "region", "charge_level"], dtype=int)

candidates = [c for c in df.columns if c not in (Y, SNAP, CUSTOMER, MONTH, "days_since_last_login")]

# ------------------------------------------------------------------ filter weak features
corr = df[candidates + [Y]].corr()[Y].drop(Y)
print(corr.sort_values(key=np.abs, ascending=False).round(3))
selected = corr[corr.abs() >= CORR_MIN].index.tolist()
print(f"kept {len(selected)} / {len(candidates)} features: {selected}")

# ------------------------------------------------------------------ validation split (unseen customers, later months)
cust = df[CUSTOMER].drop_duplicates()
hold = set(cust.sample(frac=0.2, random_state=38))
train = df[~df[CUSTOMER].isin(hold) & (df[MONTH] < "2024-07-01")]
valid = df[df[CUSTOMER].isin(hold) & (df[MONTH] >= "2024-07-01")]

model = GradientBoostingClassifier(n_estimators=300, max_depth=3, learning_rate=0.05, random_state=38)
model.fit(train[selected], train[Y])
p = model.predict_proba(valid[selected])[:, 1]

print("ROC AUC:", round(roc_auc_score(valid[Y], p), 4))
print("PR AUC :", round(average_precision_score(valid[Y], p), 4))
print(classification_report(valid[Y], (p > 0.2).astype(int)))
