# churn-snapshots: random forest with a time cut and a customer-overlap audit
import json
import numpy as np
import pandas as pd
from sklearn.ensemble import RandomForestClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score

TASK = json.load(open("task.json"))
TARGET = TASK["target"]            # churned_next_month
TIME = TASK["time_column"]         # snapshot_month
CUST = TASK["group_column"]        # customer_id
ID = TASK["id_column"]             # snapshot_id
LEAKY = TASK["leaky_columns"]

df = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")
df[TIME] = pd.to_datetime(df[TIME])
test[TIME] = pd.to_datetime(test[TIME])

print(df.shape)
print(df.isna().mean().sort_values(ascending=False).head())
print(df[TARGET].mean())


def prep(frame):
    out = frame.copy()
    out["login_gap_missing"] = out["days_since_last_login"].isna().astype(int)
    out["days_since_last_login"] = out["days_since_last_login"].fillna(999)
    out["charges_per_tenure"] = out["monthly_charges"] / (out["tenure_months"] + 1)
    out = pd.get_dummies(out, columns=["plan", "region"], dtype=int)
    return out


data = prep(df)
test_x = prep(test)
drop_cols = [TARGET, TIME, CUST, ID] + LEAKY
FEATS = [c for c in data.columns if c not in drop_cols]
test_x = test_x.reindex(columns=FEATS, fill_value=0)

# --- validation split: later months, customers not seen before the cut
cut = pd.Timestamp("2024-07-01")
early = data[data[TIME] < cut]
late = data[data[TIME] >= cut]
late_new = late[~late[CUST].isin(early[CUST])]

print("late rows:", len(late), "of which from unseen customers:", len(late_new))
assert early[TIME].max() < late[TIME].min()
assert set(early[CUST]).isdisjoint(set(late_new[CUST])), "customer overlap!"
for col in LEAKY + [TARGET, ID]:
    assert col not in FEATS, col

X_tr, y_tr = early[FEATS], early[TARGET]
X_va, y_va = late[FEATS], late[TARGET]

rf = RandomForestClassifier(n_estimators=500, min_samples_leaf=20, max_features="sqrt",
                            class_weight="balanced_subsample", n_jobs=-1, random_state=0)
rf.fit(X_tr, y_tr)
p_rf = rf.predict_proba(X_va)[:, 1]

dummy = DummyClassifier(strategy="stratified", random_state=0).fit(X_tr, y_tr)
p_dummy = dummy.predict_proba(X_va)[:, 1]

print(f"dummy baseline  auc={roc_auc_score(y_va, p_dummy):.3f} "
      f"ap={average_precision_score(y_va, p_dummy):.3f}")
print(f"random forest   auc={roc_auc_score(y_va, p_rf):.3f} "
      f"ap={average_precision_score(y_va, p_rf):.3f}")

top = pd.Series(rf.feature_importances_, index=FEATS).nlargest(10)
print(top)

rf.fit(data[FEATS], data[TARGET])
out = pd.DataFrame({ID: test[ID], "prediction": rf.predict_proba(test_x)[:, 1]})
out.to_csv("predictions.csv", index=False)
print(out.describe())
