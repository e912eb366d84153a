"""Coupon campaign take-home: S-learner uplift model.

One LightGBM model with the treatment flag as a feature; uplift = p(y | x, t=1) - p(y | x, t=0).
"""
import numpy as np
import pandas as pd
from lightgbm import LGBMClassifier
from sklearn.model_selection import train_test_split
from sklearn.metrics import roc_auc_score, log_loss
from sklift.metrics import qini_auc_score, uplift_at_k

RANDOM_STATE = 42

df = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")

print("train shape:", df.shape)
print(df.dtypes)
print(df.isna().mean().sort_values(ascending=False).head(8))
print("overall conversion:", df["converted"].mean().round(4))
print(df.pivot_table(index="wave", columns="treatment", values="converted", aggfunc="mean"))

# ---------------------------------------------------------------- features
CATEGORICAL = ["age_band", "region", "channel_pref"]
NUMERIC = ["pre_spend_30d", "pre_spend_90d", "pre_visits_90d", "tenure_days",
           "email_opens_30d", "discount_pct"]


def build(frame):
    X = frame[NUMERIC].copy()
    X["log_spend_90d"] = np.log1p(frame["pre_spend_90d"])
    X["visits_per_month"] = frame["pre_visits_90d"] / 3.0
    X["tenure_years"] = frame["tenure_days"] / 365.25
    dummies = pd.get_dummies(frame[CATEGORICAL], prefix=CATEGORICAL, dtype=float)
    X = pd.concat([X, dummies], axis=1)
    X["treatment"] = frame["treatment"].astype(int)
    return X


X = build(df)
y = df["converted"].values

X_tr, X_va, y_tr, y_va = train_test_split(
    X, y, test_size=0.25, random_state=RANDOM_STATE, stratify=y
)
print("train/valid:", X_tr.shape, X_va.shape)

model = LGBMClassifier(
    n_estimators=600,
    learning_rate=0.02,
    num_leaves=24,
    min_child_samples=80,
    reg_lambda=1.0,
    colsample_bytree=0.7,
    random_state=RANDOM_STATE,
    verbose=-1,
)
model.fit(X_tr, y_tr)


def s_learner_uplift(m, X_):
    x1, x0 = X_.copy(), X_.copy()
    x1["treatment"] = 1
    x0["treatment"] = 0
    return m.predict_proba(x1)[:, 1] - m.predict_proba(x0)[:, 1]


p_va = model.predict_proba(X_va)[:, 1]
u_va = s_learner_uplift(model, X_va)
t_va = X_va["treatment"].values

print(f"valid AUC      {roc_auc_score(y_va, p_va):.4f}")
print(f"valid logloss  {log_loss(y_va, p_va):.4f}")
print(f"qini AUC       {qini_auc_score(y_va, u_va, t_va):.4f}")
print(f"uplift@20%     {uplift_at_k(y_va, u_va, t_va, strategy='overall', k=0.2):.4f}")

imp = pd.Series(model.feature_importances_, index=X_tr.columns).sort_values(ascending=False)
print(imp.head(12))

# ---------------------------------------------------------------- refit + submit
model.fit(X, y)
X_test = build(test).reindex(columns=X.columns, fill_value=0.0)
pred = model.predict_proba(X_test)[:, 1]
pd.DataFrame({"row_id": test["row_id"], "prediction": pred}).to_csv("predictions.csv", index=False)
print("wrote predictions.csv", len(pred))
