"""Train a CatBoost claim model on the full training file and write predictions."""
import numpy as np
import pandas as pd
from catboost import CatBoostClassifier, Pool

TARGET = "claim"
CAT_COLS = ["vehicle_group", "region", "coverage_type", "payment_method"]
EXCLUDE = ["row_id", "policyholder_id", "claim_amount", "claim_status", TARGET]


def engineer(df):
    df = df.copy()
    for c in CAT_COLS:
        df[c] = df[c].fillna("missing").astype(str)
    df["age_x_bonus"] = df["age"] * df["bonus_malus"]
    df["young_driver"] = (df["age"] < 25).astype(int)
    df["mileage_per_vehicle_year"] = df["annual_mileage"] / (df["vehicle_age"] + 1)
    df["log_deductible"] = np.log1p(df["deductible"])
    return df


train = engineer(pd.read_csv("train.csv"))
test = engineer(pd.read_csv("test.csv"))
features = [c for c in train.columns if c not in EXCLUDE]

pool = Pool(train[features], train[TARGET], cat_features=CAT_COLS)
model = CatBoostClassifier(
    iterations=1500,
    learning_rate=0.04,
    depth=7,
    l2_leaf_reg=3,
    loss_function="Logloss",
    custom_metric=["AUC", "PRAUC"],
    random_seed=1,
    verbose=250,
)
model.fit(pool)

metrics = model.eval_metrics(pool, ["Logloss", "AUC", "PRAUC"])
for name, values in metrics.items():
    print(f"{name}: {values[-1]:.4f}")

importance = model.get_feature_importance(pool, type="LossFunctionChange", prettified=True)
print(importance.head(12).to_string(index=False))

test_pool = Pool(test[features], cat_features=CAT_COLS)
pd.DataFrame({"row_id": test["row_id"], "prediction": model.predict_proba(test_pool)[:, 1]}).to_csv(
    "predictions.csv", index=False
)
print("saved", len(test), "predictions")
