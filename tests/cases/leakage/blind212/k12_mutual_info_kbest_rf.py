import pandas as pd
import numpy as np
from sklearn.feature_selection import SelectKBest, mutual_info_classif
from sklearn.ensemble import RandomForestClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score, recall_score, precision_score

# ------------------------------------------------------------------
# load
# ------------------------------------------------------------------
train = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")
target = "churned_next_month"

print(train.shape)
print(train.head())
print(train[target].mean())

# ------------------------------------------------------------------
# feature engineering - lots of candidates, let the selector decide
# ------------------------------------------------------------------
def build(df):
    f = pd.DataFrame(index=df.index)
    f["charges"] = df["monthly_charges"].fillna(0)
    f["tenure"] = df["tenure_months"].fillna(0)
    f["usage"] = df["usage_hours"].fillna(0)
    f["tickets"] = df["support_tickets"].fillna(0)
    f["fails"] = df["payment_failures"].fillna(0)
    f["charges_x_tenure"] = f["charges"] * f["tenure"]
    f["usage_per_charge"] = f["usage"] / (f["charges"] + 1)
    f["tickets_per_usage"] = f["tickets"] / (f["usage"] + 1)
    f["fails_per_tenure"] = f["fails"] / (f["tenure"] + 1)
    f["new_customer"] = (f["tenure"] <= 3).astype(int)
    f["heavy_user"] = (f["usage"] > 40).astype(int)
    f["log_charges"] = np.log1p(f["charges"])
    f["sq_tickets"] = f["tickets"] ** 2
    f = pd.concat([f, pd.get_dummies(df["plan"], prefix="plan", dtype=int)], axis=1)
    return f


X = build(train)
y = train[target]
X_sub = build(test).reindex(columns=X.columns, fill_value=0)
print("candidate features:", X.shape[1])

selector = SelectKBest(mutual_info_classif, k=8)
selector.fit(X, y)
mi = pd.Series(selector.scores_, index=X.columns).sort_values(ascending=False)
print(mi.round(4))
keep = X.columns[selector.get_support()].tolist()
print("kept:", keep)

# ------------------------------------------------------------------
# validation split: Jan-Jun -> Jul-Sep, new customers only in the later part
# ------------------------------------------------------------------
month = pd.to_datetime(train["snapshot_month"]).dt.month
tr_idx = train.index[month <= 6]
seen_ids = set(train.loc[tr_idx, "customer_id"])
va_idx = train.index[(month > 6) & (~train["customer_id"].isin(seen_ids))]

X_tr, y_tr = X.loc[tr_idx, keep], y.loc[tr_idx]
X_va, y_va = X.loc[va_idx, keep], y.loc[va_idx]
print(len(tr_idx), len(va_idx))

rf = RandomForestClassifier(
    n_estimators=500,
    max_depth=10,
    min_samples_leaf=20,
    class_weight="balanced_subsample",
    n_jobs=-1,
    random_state=123,
)
rf.fit(X_tr, y_tr)
dummy = DummyClassifier(strategy="most_frequent").fit(X_tr, y_tr)

p_rf = rf.predict_proba(X_va)[:, 1]
p_dummy = dummy.predict_proba(X_va)[:, 1]

print("=== holdout ===")
print("dummy  roc_auc", roc_auc_score(y_va, p_dummy), "pr_auc", average_precision_score(y_va, p_dummy))
print("rf     roc_auc", roc_auc_score(y_va, p_rf), "pr_auc", average_precision_score(y_va, p_rf))
pred = (p_rf >= 0.5).astype(int)
print("rf precision", precision_score(y_va, pred, zero_division=0), "recall", recall_score(y_va, pred))

print(pd.Series(rf.feature_importances_, index=keep).sort_values(ascending=False))

# ------------------------------------------------------------------
# submission
# ------------------------------------------------------------------
rf.fit(X[keep], y)
out = pd.DataFrame({"snapshot_id": test["snapshot_id"], "prediction": rf.predict_proba(X_sub[keep])[:, 1]})
out.to_csv("predictions.csv", index=False)
print(out.describe())
