# churn take-home -- submission script
import warnings

import numpy as np
import pandas as pd
from lightgbm import LGBMClassifier
from sklearn.dummy import DummyClassifier
from sklearn.metrics import average_precision_score, roc_auc_score

warnings.filterwarnings("ignore")

df = pd.read_csv("train.csv", parse_dates=["snapshot_month"])
print(df.shape)
print(df.head())
print(df.isna().mean().sort_values(ascending=False).head(8))

# these two are post-outcome (reason is only known once they cancel) -> remove
leaky = ["cancellation_reason", "retention_call_made"]
df_clean = df.drop(columns=leaky)
print("after dropping leaky cols:", df_clean.shape)

# quick look at churn by plan / late payments
print(df_clean.groupby("plan")["churned"].mean())
print(df_clean.groupby(pd.cut(df_clean["late_payments"], [-1, 0, 1, 3, 100]))["churned"].mean())

# ---- split: last quarter as validation, unseen customers only ----
months = sorted(df["snapshot_month"].unique())
cut = months[-3]
train = df[df["snapshot_month"] < cut]
valid = df[(df["snapshot_month"] >= cut) & ~df["customer_id"].isin(train["customer_id"])]
print("train", train.shape, "valid", valid.shape)

# ---- features ----
not_features = ("snapshot_id", "customer_id", "snapshot_month", "churned")
feature_cols = [c for c in train.columns if c not in not_features]
print("features:", feature_cols)

cat_cols = [c for c in feature_cols if not pd.api.types.is_numeric_dtype(train[c])]


def to_matrix(frame, columns=None):
    X = pd.get_dummies(frame[feature_cols], columns=cat_cols, dtype=float)
    if columns is not None:
        X = X.reindex(columns=columns, fill_value=0.0)
    return X


X_tr = to_matrix(train)
X_va = to_matrix(valid, X_tr.columns)
y_tr, y_va = train["churned"], valid["churned"]

params = dict(
    n_estimators=400,
    learning_rate=0.03,
    num_leaves=31,
    min_child_samples=50,
    subsample=0.8,
    subsample_freq=1,
    colsample_bytree=0.8,
    scale_pos_weight=(1 - y_tr.mean()) / y_tr.mean(),
    random_state=3,
    verbose=-1,
)
model = LGBMClassifier(**params)
model.fit(X_tr, y_tr)
p = model.predict_proba(X_va)[:, 1]

dummy = DummyClassifier(strategy="prior").fit(X_tr, y_tr)
p_dummy = dummy.predict_proba(X_va)[:, 1]

print("\n            roc_auc  pr_auc")
print(f"dummy       {roc_auc_score(y_va, p_dummy):.4f}   {average_precision_score(y_va, p_dummy):.4f}")
print(f"lightgbm    {roc_auc_score(y_va, p):.4f}   {average_precision_score(y_va, p):.4f}")

# the retention team can call ~5% of the base each month
k = int(0.05 * len(p))
top = np.argsort(-p)[:k]
print(f"precision in top 5%: {y_va.to_numpy()[top].mean():.3f} (base rate {y_va.mean():.3f})")

imp = pd.Series(model.feature_importances_, index=X_tr.columns).sort_values(ascending=False)
print(imp.head(15))

# ---- refit on all rows and predict ----
X_all = to_matrix(df)
final = LGBMClassifier(**params).fit(X_all, df["churned"])
test = pd.read_csv("test.csv", parse_dates=["snapshot_month"])
for c in feature_cols:
    if c not in test.columns:
        test[c] = np.nan
X_test = to_matrix(test, X_all.columns)
pd.DataFrame({"snapshot_id": test["snapshot_id"], "prediction": final.predict_proba(X_test)[:, 1]}).to_csv(
    "predictions.csv", index=False
)
