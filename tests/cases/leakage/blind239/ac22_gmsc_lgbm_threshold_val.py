# Give Me Some Credit (Kaggle 2011) - LightGBM scorecard replacement
# SeriousDlqin2yrs = 1 if the borrower goes 90+ days past due within two years
import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.model_selection import train_test_split
from sklearn.metrics import roc_auc_score, f1_score, precision_recall_curve, roc_curve, confusion_matrix

SEED = 99
TARGET = "SeriousDlqin2yrs"

df = pd.read_csv("cs-training.csv", index_col=0)
print(df.shape, df[TARGET].mean())

# ---- row-level cleanup -------------------------------------------------------
late_cols = [
    "NumberOfTime30-59DaysPastDueNotWorse",
    "NumberOfTime60-89DaysPastDueNotWorse",
    "NumberOfTimes90DaysLate",
]
# 96/98 are sentinel codes in the late-payment counters
for c in late_cols:
    df.loc[df[c] >= 96, c] = np.nan
df["RevolvingUtilizationOfUnsecuredLines"] = df["RevolvingUtilizationOfUnsecuredLines"].clip(upper=2)
df["DebtRatio"] = df["DebtRatio"].clip(upper=5)
df.loc[df["age"] < 18, "age"] = np.nan

df["total_late"] = df[late_cols].sum(axis=1, min_count=1)
df["income_per_dependent"] = df["MonthlyIncome"] / (df["NumberOfDependents"].fillna(0) + 1)
df["log_income"] = np.log1p(df["MonthlyIncome"])
df["open_lines_per_age"] = df["NumberOfOpenCreditLinesAndLoans"] / df["age"]

features = [c for c in df.columns if c != TARGET]
X, y = df[features], df[TARGET]

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.3, stratify=y, random_state=SEED)
# carve a validation slice out of train for early stopping and the cut-off
X_fit, X_val, y_fit, y_val = train_test_split(X_train, y_train, test_size=0.2, stratify=y_train, random_state=SEED)

model = lgb.LGBMClassifier(
    n_estimators=5000,
    learning_rate=0.01,
    num_leaves=31,
    min_child_samples=100,
    reg_lambda=5.0,
    colsample_bytree=0.6,
    subsample=0.8,
    subsample_freq=1,
    random_state=SEED,
    verbose=-1,
)
model.fit(
    X_fit,
    y_fit,
    eval_set=[(X_val, y_val)],
    eval_metric="auc",
    callbacks=[lgb.early_stopping(200, verbose=False)],
)
print("stopped at", model.best_iteration_)

val_proba = model.predict_proba(X_val)[:, 1]
print("validation AUC", round(roc_auc_score(y_val, val_proba), 4))

proba = model.predict_proba(X_test)[:, 1]
auc = roc_auc_score(y_test, proba)
fpr, tpr, _ = roc_curve(y_test, proba)
ks = np.max(tpr - fpr)
print(f"AUC {auc:.4f}  Gini {2 * auc - 1:.4f}  KS {ks:.4f}")


# ---- operating point -----------------------------------------------------------
def best_f1_threshold(y_true, scores):
    prec, rec, thr = precision_recall_curve(y_true, scores)
    f1 = 2 * prec * rec / (prec + rec + 1e-12)
    i = np.nanargmax(f1[:-1])
    return thr[i], f1[i]


thr, f1_at_thr = best_f1_threshold(y_val, val_proba)
print(f"threshold picked on validation: {thr:.3f} (val F1 {f1_at_thr:.4f})")
pred = (proba >= thr).astype(int)
tn, fp, fn, tp = confusion_matrix(y_test, pred).ravel()
print(f"test F1 at that threshold: {f1_score(y_test, pred):.4f}")
print(f"approved bad loans (FN): {fn}, rejected good customers (FP): {fp}")
print(f"recall of defaulters {tp / (tp + fn):.3f}, precision {tp / (tp + fp):.3f}")

imp = pd.DataFrame({
    "feature": features,
    "gain": model.booster_.feature_importance("gain"),
}).sort_values("gain", ascending=False)
print(imp.to_string(index=False))
