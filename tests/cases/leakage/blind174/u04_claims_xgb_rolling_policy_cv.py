# Claim cost model - XGBoost, rolling-origin CV that also holds out policies.
#
# Each fold: pick a validation year Y and a slice of policies. Fit on the *other*
# policies' rows from years < Y, score the held-out policies' rows in year Y.
# That way the fold is both forward in time and about policies the model never saw.

import numpy as np
import pandas as pd
import xgboost as xgb
from sklearn.metrics import mean_absolute_error, mean_squared_error

TARGET = "claim_cost"
N_POLICY_FOLDS = 5
VAL_YEARS = [2020, 2021, 2022]

df = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")
print(df.shape)
print(df.groupby("policy_year").size())

# ---------------------------------------------------------------- features
def feats(d):
    d = d.copy()
    d["age_band"] = pd.cut(d["driver_age"], [0, 21, 25, 35, 50, 65, 120], labels=False)
    d["log_premium"] = np.log1p(d["premium"])
    d["mileage_x_age"] = d["annual_mileage"] * d["vehicle_age"]
    d["ncd_capped"] = d["no_claims_years"].clip(upper=9)
    d = pd.get_dummies(d, columns=["region", "vehicle_group", "coverage_type"], dtype=float)
    return d


X_all = feats(df)
X_test_all = feats(test).reindex(columns=X_all.columns, fill_value=0)
drop = ["row_id", "policy_id", "policy_year", TARGET, "claim_settled_amount"]
cols = [c for c in X_all.columns if c not in drop]
print(len(cols), "features")

# each policy gets a fixed fold number (hash of the id, so it is stable between runs)
policy_fold = (
    pd.util.hash_pandas_object(df["policy_id"].drop_duplicates(), index=False) % N_POLICY_FOLDS
)
policy_fold.index = df["policy_id"].drop_duplicates().values
df_fold = df["policy_id"].map(policy_fold).values

params = {
    "objective": "reg:tweedie",
    "tweedie_variance_power": 1.5,
    "n_estimators": 500,
    "learning_rate": 0.05,
    "max_depth": 4,
    "min_child_weight": 30,
    "subsample": 0.8,
    "colsample_bytree": 0.7,
    "reg_lambda": 5.0,
    "random_state": 11,
}

rows = []
for i, year in enumerate(VAL_YEARS):
    k = i % N_POLICY_FOLDS
    trn_mask = (df["policy_year"] < year) & (df_fold != k)
    val_mask = (df["policy_year"] == year) & (df_fold == k)
    Xt, yt = X_all.loc[trn_mask, cols], df.loc[trn_mask, TARGET]
    Xv, yv = X_all.loc[val_mask, cols], df.loc[val_mask, TARGET]

    m = xgb.XGBRegressor(**params)
    m.fit(Xt, yt)
    p = m.predict(Xv)
    base = np.repeat(yt.mean(), len(yv))  # mean-of-train baseline

    rows.append({
        "val_year": year,
        "policy_fold": k,
        "n_train": int(trn_mask.sum()),
        "n_val": int(val_mask.sum()),
        "mae": mean_absolute_error(yv, p),
        "rmse": mean_squared_error(yv, p) ** 0.5,
        "mae_baseline": mean_absolute_error(yv, base),
        "rmse_baseline": mean_squared_error(yv, base) ** 0.5,
    })
    print(rows[-1])

cv = pd.DataFrame(rows)
print(cv.round(2))
print("mean over folds:")
print(cv[["mae", "mae_baseline", "rmse", "rmse_baseline"]].mean().round(2))

# sanity: which features carry the model
m_imp = pd.Series(m.feature_importances_, index=cols).sort_values(ascending=False)
print(m_imp.head(12))

# ---------------------------------------------------------------- final model
final = xgb.XGBRegressor(**params)
final.fit(X_all[cols], df[TARGET])
pred = np.clip(final.predict(X_test_all[cols]), 0, None)
pd.DataFrame({"row_id": test["row_id"], "prediction": pred}).to_csv("predictions.csv", index=False)
print("done", pred.mean(), df[TARGET].mean())
