# Playground S4E8 - Binary Prediction of Poisonous Mushrooms (MCC)
# One-hot of the single-letter codes (anything else -> "other"), XGBoost, 80/20 split.

import numpy as np
import pandas as pd
from sklearn.metrics import matthews_corrcoef, roc_auc_score, confusion_matrix
from sklearn.model_selection import train_test_split
from xgboost import XGBClassifier

DATA = "/kaggle/input/playground-series-s4e8"
TARGET = "class"

train = pd.read_csv(f"{DATA}/train.csv")
test = pd.read_csv(f"{DATA}/test.csv")
print(train.shape, test.shape)
print(train[TARGET].value_counts(normalize=True))
print((train.isna().mean() * 100).round(1).sort_values(ascending=False))

NUM_COLS = ["cap-diameter", "stem-height", "stem-width"]
CAT_COLS = [c for c in train.columns if c not in NUM_COLS + ["id", TARGET]]


def clean_cats(df):
    df = df.copy()
    for c in CAT_COLS:
        s = df[c].astype("string")
        valid = s.str.len().eq(1) & s.str.isalpha()
        df[c] = s.where(valid, "other").fillna("missing")
    df["stem_ratio"] = df["stem-height"] / (df["stem-width"] + 1e-3)
    df["cap_x_stem"] = df["cap-diameter"] * df["stem-width"]
    return df


train = clean_cats(train)
test = clean_cats(test)
full = pd.get_dummies(pd.concat([train.drop(columns=TARGET), test]), columns=CAT_COLS, dtype=np.uint8)
X = full.iloc[:len(train)].drop(columns="id").reset_index(drop=True)
X_sub = full.iloc[len(train):].drop(columns="id").reset_index(drop=True)
y = (train[TARGET] == "p").astype(int).values
print("X:", X.shape)

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, stratify=y, random_state=42)

model = XGBClassifier(
    n_estimators=5000,
    learning_rate=0.05,
    max_depth=12,
    min_child_weight=2,
    subsample=0.8,
    colsample_bytree=0.4,
    reg_alpha=0.5,
    reg_lambda=1.0,
    tree_method="hist",
    eval_metric="logloss",
    early_stopping_rounds=100,
    random_state=42,
    n_jobs=-1,
)
model.fit(X_train, y_train, eval_set=[(X_test, y_test)], verbose=250)
print("best iteration:", model.best_iteration)

proba = model.predict_proba(X_test)[:, 1]
print(f"AUC: {roc_auc_score(y_test, proba):.5f}")

thresholds = np.arange(0.30, 0.71, 0.01)
mccs = [matthews_corrcoef(y_test, (proba >= t).astype(int)) for t in thresholds]
best_t = float(thresholds[int(np.argmax(mccs))])
print(f"MCC @0.50 : {matthews_corrcoef(y_test, (proba >= 0.5).astype(int)):.5f}")
print(f"MCC @{best_t:.2f} : {max(mccs):.5f}")
print(confusion_matrix(y_test, (proba >= best_t).astype(int)))

final = XGBClassifier(**{**model.get_params(), "n_estimators": model.best_iteration + 1,
                         "early_stopping_rounds": None})
final.fit(X, y, verbose=False)
sub_proba = final.predict_proba(X_sub)[:, 1]
sub = pd.DataFrame({"id": test["id"], TARGET: np.where(sub_proba >= best_t, "p", "e")})
sub.to_csv("submission.csv", index=False)
print(sub[TARGET].value_counts(normalize=True))
