import numpy as np
import pandas as pd
from catboost import CatBoostClassifier, Pool
from sklearn.metrics import accuracy_score
from sklearn.model_selection import GroupShuffleSplit

TARGET = "claim"
CAT_COLS = ["vehicle_group", "region", "coverage_type", "payment_method"]
DROP_COLS = ["row_id", "policyholder_id", "claim_amount", "claim_status"]


def prepare(df):
    out = df.drop(columns=[c for c in DROP_COLS if c in df.columns])
    for c in CAT_COLS:
        out[c] = out[c].fillna("unknown").astype(str)
    out["age_band"] = pd.cut(out["age"], bins=[17, 25, 35, 50, 65, 120]).astype(str)
    out["high_bonus_malus"] = (out["bonus_malus"] > 100).astype(int)
    return out


train_raw = pd.read_csv("train.csv")
test_raw = pd.read_csv("test.csv")

splitter = GroupShuffleSplit(n_splits=1, test_size=0.2, random_state=3)
tr_idx, va_idx = next(splitter.split(train_raw, groups=train_raw["policyholder_id"]))

train_df = prepare(train_raw.iloc[tr_idx])
valid_df = prepare(train_raw.iloc[va_idx])
cat_cols = CAT_COLS + ["age_band"]

X_train, y_train = train_df.drop(columns=[TARGET]), train_df[TARGET]
X_valid, y_valid = valid_df.drop(columns=[TARGET]), valid_df[TARGET]

model = CatBoostClassifier(
    iterations=1000,
    learning_rate=0.05,
    depth=5,
    eval_metric="Accuracy",
    random_seed=3,
    verbose=False,
)
model.fit(Pool(X_train, y_train, cat_features=cat_cols))

valid_pred = model.predict(Pool(X_valid, cat_features=cat_cols))
acc = accuracy_score(y_valid, valid_pred)
print(f"Validation accuracy: {acc:.4f}")
print("CatBoost accuracy:", model.eval_metrics(Pool(X_valid, y_valid, cat_features=cat_cols), ["Accuracy"])["Accuracy"][-1])

# refit on all labelled rows for the submission
full = prepare(train_raw)
final = CatBoostClassifier(iterations=1000, learning_rate=0.05, depth=5, random_seed=3, verbose=False)
final.fit(Pool(full.drop(columns=[TARGET]), full[TARGET], cat_features=cat_cols))

X_test = prepare(test_raw)
proba = final.predict_proba(Pool(X_test[X_train.columns], cat_features=cat_cols))[:, 1]
pd.DataFrame({"row_id": test_raw["row_id"], "prediction": proba}).to_csv("predictions.csv", index=False)
print("wrote predictions.csv", len(proba))
