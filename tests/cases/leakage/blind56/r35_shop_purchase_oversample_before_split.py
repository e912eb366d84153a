"""Purchase prediction (session interactions), random forest.

Purchases are only ~11% of rows, so the minority class is upsampled to balance
the classes. Held-out users for validation.
"""
import numpy as np
import pandas as pd
from sklearn.ensemble import RandomForestClassifier
from sklearn.model_selection import GroupShuffleSplit
from sklearn.metrics import roc_auc_score, f1_score, precision_score, recall_score
from sklearn.utils import resample

SEED = 2024
NUM = ["price", "discount_pct", "n_views", "n_cart_adds", "dwell_sec", "item_popularity", "hour"]


def make_X(frame):
    X = frame[NUM].copy()
    X["log_price"] = np.log1p(frame["price"])
    X["carted"] = (frame["n_cart_adds"] > 0).astype(int)
    X["is_mobile"] = (frame["device"] == "mobile").astype(int)
    cat = pd.get_dummies(frame["category"], prefix="cat", dtype=float)
    return pd.concat([X, cat], axis=1)


def describe(frame):
    print(f"{len(frame)} rows | {frame['user_id'].nunique()} users | {frame['session_id'].nunique()} sessions")
    print("purchase rate by device:")
    print(frame.groupby("device")["purchased"].mean().round(4).to_string())
    print("rows per user:", frame.groupby("user_id").size().describe().round(1).to_dict())


df = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")
describe(df)
print("class balance before:", df["purchased"].value_counts().to_dict())

majority = df[df["purchased"] == 0]
minority = df[df["purchased"] == 1]
minority_up = resample(minority, replace=True, n_samples=len(majority), random_state=SEED)
balanced = pd.concat([majority, minority_up]).sample(frac=1, random_state=SEED).reset_index(drop=True)
print("class balance after :", balanced["purchased"].value_counts().to_dict())

X = make_X(balanced)
y = balanced["purchased"]
groups = balanced["user_id"]

gss = GroupShuffleSplit(n_splits=1, test_size=0.2, random_state=SEED)
tr, va = next(gss.split(X, y, groups))

rf = RandomForestClassifier(n_estimators=400, max_depth=14, min_samples_leaf=5, n_jobs=-1, random_state=SEED)
rf.fit(X.iloc[tr], y.iloc[tr])
proba = rf.predict_proba(X.iloc[va])[:, 1]
pred = (proba >= 0.5).astype(int)

print(f"AUC       {roc_auc_score(y.iloc[va], proba):.4f}")
print(f"F1        {f1_score(y.iloc[va], pred):.4f}")
print(f"precision {precision_score(y.iloc[va], pred):.4f}")
print(f"recall    {recall_score(y.iloc[va], pred):.4f}")

importances = pd.Series(rf.feature_importances_, index=X.columns).sort_values(ascending=False)
print(importances.head(10).round(4))

rf.fit(X, y)
X_test = make_X(test).reindex(columns=X.columns, fill_value=0)
pd.DataFrame({"row_id": test["row_id"], "prediction": rf.predict_proba(X_test)[:, 1]}).to_csv(
    "predictions.csv", index=False
)

check = pd.read_csv("predictions.csv")
assert len(check) == len(test) and check["row_id"].is_unique
assert check["prediction"].notna().all() and check["prediction"].between(0, 1).all()
print("predictions.csv ok:", check.shape)
