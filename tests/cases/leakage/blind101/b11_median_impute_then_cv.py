# claim severity - xgboost regressor, grouped CV
import warnings

import numpy as np
import pandas as pd
from sklearn.metrics import mean_absolute_error, mean_squared_error
from sklearn.model_selection import GroupKFold
from xgboost import XGBRegressor

warnings.filterwarnings("ignore")

df = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")

num_cols = ["vehicle_age", "driver_age", "n_prior_claims", "policy_tenure_years", "deductible",
            "annual_premium", "report_delay_days"]
flag_cols = ["witness_present", "police_report"]
cat_cols = ["vehicle_class", "region", "claim_type", "incident_severity"]

print(df[num_cols].isna().mean())

# ---- cleaning ---------------------------------------------------------------
df[num_cols] = df[num_cols].fillna(df[num_cols].median())
test[num_cols] = test[num_cols].fillna(df[num_cols].median())
df[flag_cols] = df[flag_cols].fillna(0)
test[flag_cols] = test[flag_cols].fillna(0)

# standardised premium and driver age (used for the interaction feature)
for c in ["annual_premium", "driver_age"]:
    mu, sd = df[c].mean(), df[c].std()
    df[c + "_z"] = (df[c] - mu) / sd
    test[c + "_z"] = (test[c] - mu) / sd
df["age_x_premium"] = df["driver_age_z"] * df["annual_premium_z"]
test["age_x_premium"] = test["driver_age_z"] * test["annual_premium_z"]

dummies = pd.get_dummies(pd.concat([df[cat_cols], test[cat_cols]]), dtype=int)
X = pd.concat([df[num_cols + flag_cols + ["age_x_premium"]], dummies.iloc[: len(df)].reset_index(drop=True)], axis=1)
X_test = pd.concat([test[num_cols + flag_cols + ["age_x_premium"]], dummies.iloc[len(df):].reset_index(drop=True)], axis=1)
y = np.log1p(df["loss_amount"].values)

# ---- model ----------------------------------------------------------------
folds = GroupKFold(n_splits=5)
oof = np.zeros(len(df))
preds = np.zeros(len(test))
for i, (tr, va) in enumerate(folds.split(X, y, groups=df["policy_id"])):
    reg = XGBRegressor(n_estimators=900, learning_rate=0.04, max_depth=6, subsample=0.8,
                       colsample_bytree=0.75, min_child_weight=6, tree_method="hist", random_state=i)
    reg.fit(X.iloc[tr], y[tr], verbose=False)
    oof[va] = reg.predict(X.iloc[va])
    preds += reg.predict(X_test) / folds.n_splits

truth = df["loss_amount"].values
print("CV MAE :", mean_absolute_error(truth, np.expm1(oof)))
print("CV RMSE:", mean_squared_error(truth, np.expm1(oof)) ** 0.5)

pd.DataFrame({"claim_id": test["claim_id"], "prediction": np.expm1(preds)}).to_csv("predictions.csv", index=False)
