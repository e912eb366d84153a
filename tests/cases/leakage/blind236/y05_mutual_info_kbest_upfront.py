import numpy as np
import pandas as pd
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import RandomForestClassifier
from sklearn.feature_selection import SelectKBest, mutual_info_classif
from sklearn.metrics import roc_auc_score, average_precision_score, f1_score

SEED = 13
np.random.seed(SEED)

df = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")
df["snapshot_month"] = df["snapshot_month"].astype(str).str[:7]   # "2024-03"
test["snapshot_month"] = test["snapshot_month"].astype(str).str[:7]


def engineer(d):
    f = pd.DataFrame(index=d.index)
    f["monthly_charges"] = d["monthly_charges"]
    f["tenure_months"] = d["tenure_months"]
    f["usage_hours"] = d["usage_hours"]
    f["support_tickets"] = d["support_tickets"]
    f["payment_failures"] = d["payment_failures"]
    f["log_charges"] = np.log1p(d["monthly_charges"])
    f["usage_per_dollar"] = d["usage_hours"] / (d["monthly_charges"] + 1)
    f["tickets_sq"] = d["support_tickets"] ** 2
    f["any_ticket"] = (d["support_tickets"] > 0).astype(int)
    f["any_failure"] = (d["payment_failures"] > 0).astype(int)
    f["fail_and_ticket"] = f["any_ticket"] * f["any_failure"]
    f["new_customer"] = (d["tenure_months"] < 6).astype(int)
    f["long_customer"] = (d["tenure_months"] > 36).astype(int)
    f["charges_x_tenure"] = d["monthly_charges"] * d["tenure_months"]
    f["usage_low"] = (d["usage_hours"] < 5).astype(int)
    for p in ["basic", "standard", "premium"]:
        f["plan_" + p] = (d["plan"].str.lower() == p).astype(int)
    return f


X_all = engineer(df)
y_all = df["churned_next_month"].values
print("engineered", X_all.shape[1], "features")

# too many weak features -> keep the 10 most informative
selector = SelectKBest(mutual_info_classif, k=10)
selector.fit(X_all, y_all)
keep = X_all.columns[selector.get_support()].tolist()
scores = pd.Series(selector.scores_, index=X_all.columns).sort_values(ascending=False)
print(scores.round(4))
print("keeping:", keep)

# hold out 30% of customers, evaluate on their Jul-Sep rows only
customers = df["customer_id"].unique()
rng = np.random.default_rng(SEED)
holdout_customers = set(rng.choice(customers, size=int(0.3 * len(customers)), replace=False))
in_holdout = df["customer_id"].isin(holdout_customers).values
late = (df["snapshot_month"] >= "2024-07").values

train_mask = ~in_holdout & ~late
valid_mask = in_holdout & late

X_train, y_train = X_all.loc[train_mask, keep], y_all[train_mask]
X_valid, y_valid = X_all.loc[valid_mask, keep], y_all[valid_mask]
print("train", X_train.shape, "valid", X_valid.shape)

dummy = DummyClassifier(strategy="stratified", random_state=SEED).fit(X_train, y_train)
rf = RandomForestClassifier(n_estimators=400, min_samples_leaf=20, class_weight="balanced_subsample",
                            n_jobs=-1, random_state=SEED).fit(X_train, y_train)

for name, m in [("dummy", dummy), ("random forest", rf)]:
    p = m.predict_proba(X_valid)[:, 1]
    print(f"{name:14s} auc={roc_auc_score(y_valid, p):.4f} "
          f"ap={average_precision_score(y_valid, p):.4f} "
          f"f1@0.5={f1_score(y_valid, (p > 0.5).astype(int)):.4f}")

imp = pd.Series(rf.feature_importances_, index=keep).sort_values(ascending=False)
print(imp.head(10))

# submission
rf_full = RandomForestClassifier(n_estimators=400, min_samples_leaf=20, class_weight="balanced_subsample",
                                 n_jobs=-1, random_state=SEED).fit(X_all[keep], y_all)
test_pred = rf_full.predict_proba(engineer(test)[keep])[:, 1]
pd.DataFrame({"snapshot_id": test.snapshot_id, "prediction": test_pred}).to_csv("predictions.csv", index=False)
print("done")
