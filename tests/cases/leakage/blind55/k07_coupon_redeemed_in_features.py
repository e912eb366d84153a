# Coupon campaign response - gradient boosting with time-based validation
# Author note: I validate on the latest waves and only on customers the model never saw.

import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.dummy import DummyClassifier
from sklearn.metrics import roc_auc_score, average_precision_score, precision_recall_curve

TARGET = "converted"
ID_COLS = ["row_id", "customer_id"]

train = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")

print(train.head())
print("target rate:", train[TARGET].mean())
print("waves in train:", sorted(train["wave"].unique()))
print("waves in test:", sorted(test["wave"].unique()))

# categorical columns -> pandas category with a fixed vocabulary from the fitting waves
cat_cols = [c for c in train.columns if train[c].dtype == object]
print("categoricals:", cat_cols)

fit_df = train[train["wave"] <= 6].copy()
val_df = train[(train["wave"] > 6) & (~train["customer_id"].isin(fit_df["customer_id"]))].copy()
print(f"fit: {len(fit_df)} rows  val: {len(val_df)} rows  val customers: {val_df['customer_id'].nunique()}")

feature_cols = [c for c in train.columns if c not in ID_COLS + [TARGET, "wave"]]
print("features:", feature_cols)


def to_model_frame(df, vocab):
    X = df[feature_cols].copy()
    for c in cat_cols:
        X[c] = pd.Categorical(X[c], categories=vocab[c])
    return X


vocab = {c: sorted(fit_df[c].dropna().unique()) for c in cat_cols}
X_fit, y_fit = to_model_frame(fit_df, vocab), fit_df[TARGET]
X_val, y_val = to_model_frame(val_df, vocab), val_df[TARGET]

model = lgb.LGBMClassifier(
    n_estimators=500,
    learning_rate=0.03,
    num_leaves=31,
    min_child_samples=40,
    scale_pos_weight=3.0,
    colsample_bytree=0.8,
    random_state=0,
    verbose=-1,
)
model.fit(X_fit, y_fit)
p_val = model.predict_proba(X_val)[:, 1]

baseline = DummyClassifier(strategy="stratified", random_state=0).fit(X_fit, y_fit)
p_base = baseline.predict_proba(X_val)[:, 1]

print(f"model     ROC-AUC {roc_auc_score(y_val, p_val):.4f}  PR-AUC {average_precision_score(y_val, p_val):.4f}")
print(f"baseline  ROC-AUC {roc_auc_score(y_val, p_base):.4f}  PR-AUC {average_precision_score(y_val, p_base):.4f}")

# precision when we contact the top 10% by score
k = int(0.1 * len(p_val))
top = np.argsort(-p_val)[:k]
print("precision@10%:", y_val.to_numpy()[top].mean())

prec, rec, thr = precision_recall_curve(y_val, p_val)
f1 = 2 * prec * rec / (prec + rec + 1e-12)
print("best F1 on val:", f1.max().round(4))

importance = pd.Series(model.booster_.feature_importance("gain"), index=feature_cols)
print(importance.sort_values(ascending=False).head(10))

# final fit on every wave
vocab_all = {c: sorted(train[c].dropna().unique()) for c in cat_cols}
model.fit(to_model_frame(train, vocab_all), train[TARGET])
pred = model.predict_proba(to_model_frame(test, vocab_all))[:, 1]
pd.DataFrame({"row_id": test["row_id"], "prediction": pred}).to_csv("predictions.csv", index=False)
print("saved", len(pred), "predictions")
