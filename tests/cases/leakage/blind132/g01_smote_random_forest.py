"""Card fraud take-home: random forest + SMOTE.

Fraud is only ~3% of transactions, so I oversample the minority class with
SMOTE before training. Metric from task.json is average precision.
"""
import json

import numpy as np
import pandas as pd
from imblearn.over_sampling import SMOTE
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import average_precision_score, classification_report, roc_auc_score
from sklearn.model_selection import train_test_split

with open("task.json") as fh:
    task = json.load(fh)

TARGET = task["target"]
ID_COL = task["id_column"]
LEAKY = task.get("leaky_columns", [])
SEED = 7

train = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")
print(train.shape, test.shape)
print(train[TARGET].value_counts(normalize=True).round(4))
print(train.isna().sum())


def build_features(df: pd.DataFrame) -> pd.DataFrame:
    drop = [c for c in [TARGET, ID_COL, *LEAKY] if c in df.columns]
    out = df.drop(columns=drop).copy()
    out["log_amount"] = np.log1p(out["amount"])
    out["is_night"] = out["hour"].between(0, 5).astype(int)
    out["new_card"] = (out["card_age_days"] < 30).astype(int)
    out["distance_from_home_km"] = out["distance_from_home_km"].fillna(0.0)
    out = pd.get_dummies(out, columns=["merchant_category"], prefix="mc", dtype=int)
    return out


X = build_features(train)
y = train[TARGET].to_numpy()
X_sub = build_features(test).reindex(columns=X.columns, fill_value=0)

# --- rebalance the classes -------------------------------------------------
smote = SMOTE(sampling_strategy=0.5, k_neighbors=5, random_state=SEED)
X_bal, y_bal = smote.fit_resample(X, y)
print("class counts after SMOTE:", np.bincount(y_bal))

X_tr, X_te, y_tr, y_te = train_test_split(
    X_bal, y_bal, test_size=0.25, stratify=y_bal, random_state=SEED
)

# --- baseline ----------------------------------------------------------------
dummy = DummyClassifier(strategy="prior").fit(X_tr, y_tr)
p_dummy = dummy.predict_proba(X_te)[:, 1]
print(f"baseline AP: {average_precision_score(y_te, p_dummy):.4f}")

# --- model -------------------------------------------------------------------
rf = RandomForestClassifier(
    n_estimators=400,
    min_samples_leaf=2,
    max_features="sqrt",
    n_jobs=-1,
    random_state=SEED,
)
rf.fit(X_tr, y_tr)
p_te = rf.predict_proba(X_te)[:, 1]

print(f"RF  AP     : {average_precision_score(y_te, p_te):.4f}")
print(f"RF  ROC AUC: {roc_auc_score(y_te, p_te):.4f}")
print(classification_report(y_te, (p_te >= 0.5).astype(int), digits=3))

importances = pd.Series(rf.feature_importances_, index=X.columns).sort_values(ascending=False)
print(importances.head(10))

# --- final model on all (resampled) training data ------------------------------
rf.fit(X_bal, y_bal)
pred = pd.DataFrame({ID_COL: test[ID_COL], "prediction": rf.predict_proba(X_sub)[:, 1]})
pred.to_csv("predictions.csv", index=False)
print("wrote", len(pred), "predictions")
