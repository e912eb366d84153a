# Claim severity - quick XGBoost model (native API)
import numpy as np
import pandas as pd
import xgboost as xgb
from sklearn.metrics import mean_absolute_error, mean_squared_error, r2_score

df = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")

print(df.shape)
print(df["loss_amount"].describe())
print(df.groupby("incident_severity")["loss_amount"].median())

cat_cols = ["vehicle_class", "region", "claim_type", "incident_severity"]
num_cols = ["vehicle_age", "driver_age", "n_prior_claims", "policy_tenure_years",
            "deductible", "annual_premium", "report_delay_days", "witness_present", "police_report"]

for c in cat_cols:
    df[c] = df[c].astype("category")
    test[c] = pd.Categorical(test[c], categories=df[c].cat.categories)

X = df[cat_cols + num_cols]
y = np.log1p(df["loss_amount"])

dtrain = xgb.DMatrix(X, label=y, enable_categorical=True)
params = {
    "objective": "reg:squarederror",
    "tree_method": "hist",
    "max_cat_to_onehot": 8,
    "eta": 0.05,
    "max_depth": 7,
    "subsample": 0.8,
    "colsample_bytree": 0.8,
    "eval_metric": "mae",
}
bst = xgb.train(params, dtrain, num_boost_round=800, evals=[(dtrain, "train")], verbose_eval=100)

fitted = np.expm1(bst.predict(dtrain))
print("MAE :", mean_absolute_error(df["loss_amount"], fitted))
print("RMSE:", mean_squared_error(df["loss_amount"], fitted) ** 0.5)
print("R2  :", r2_score(df["loss_amount"], fitted))

imp = pd.Series(bst.get_score(importance_type="gain")).sort_values(ascending=False)
print(imp.head(15))

dtest = xgb.DMatrix(test[cat_cols + num_cols], enable_categorical=True)
test["prediction"] = np.expm1(bst.predict(dtest))
test[["claim_id", "prediction"]].to_csv("predictions.csv", index=False)
print("wrote predictions.csv")
