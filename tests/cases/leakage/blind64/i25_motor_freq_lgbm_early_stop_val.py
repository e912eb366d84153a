"""Motor claim frequency with LightGBM (Poisson objective, log-exposure as init score).

Out-of-time test on the latest policy year; the year before it is the validation year used
for early stopping, so the test year is scored once.
"""
import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.metrics import mean_poisson_deviance

df = pd.read_csv("train.csv")
test_new = pd.read_csv("test.csv")

CAT = ["territory", "fuel_type", "vehicle_group"]
NUM = ["driver_age", "vehicle_age", "vehicle_value", "annual_mileage", "ncd_years", "bonus_malus",
       "urban_flag"]
FEATS = NUM + CAT

for d in (df, test_new):
    for c in CAT:
        d[c] = d[c].astype("category")

print(df.groupby("policy_year").apply(lambda g: g.claim_count.sum() / g.exposure.sum()).round(4))


def lorenz_gini(claims, pred_freq, expo):
    order = np.argsort(pred_freq)
    x = np.cumsum(expo[order]) / expo.sum()
    y = np.cumsum(claims[order]) / claims.sum()
    return 1 - 2 * np.trapz(y, x)


last = df.policy_year.max()
train = df[df.policy_year < last - 1]
valid = df[df.policy_year == last - 1]
test = df[df.policy_year == last]
print(f"train {len(train)} rows, valid year {last - 1}: {len(valid)}, test year {last}: {len(test)}")

dtrain = lgb.Dataset(train[FEATS], train.claim_count, init_score=np.log(train.exposure),
                     categorical_feature=CAT)
dvalid = lgb.Dataset(valid[FEATS], valid.claim_count, init_score=np.log(valid.exposure),
                     categorical_feature=CAT, reference=dtrain)

params = {
    "objective": "poisson",
    "learning_rate": 0.02,
    "num_leaves": 15,
    "min_data_in_leaf": 500,
    "feature_fraction": 0.8,
    "bagging_fraction": 0.8,
    "bagging_freq": 1,
    "lambda_l2": 5.0,
    "metric": "poisson",
    "verbose": -1,
}
booster = lgb.train(params, dtrain, num_boost_round=5000, valid_sets=[dvalid], valid_names=["valid"],
                    callbacks=[lgb.early_stopping(100), lgb.log_evaluation(200)])
print("best iteration:", booster.best_iteration)

freq_test = booster.predict(test[FEATS], num_iteration=booster.best_iteration)
count_test = freq_test * test.exposure.values
print("test mean Poisson deviance: %.5f" % mean_poisson_deviance(test.claim_count, count_test))
print("test Gini: %.4f" % lorenz_gini(test.claim_count.values, freq_test, test.exposure.values))
print("A/E test year: %.3f" % (test.claim_count.sum() / count_test.sum()))

imp = pd.Series(booster.feature_importance("gain"), index=FEATS).sort_values(ascending=False)
print((imp / imp.sum()).round(3))

# final model on all years with the tuned number of rounds
dall = lgb.Dataset(df[FEATS], df.claim_count, init_score=np.log(df.exposure), categorical_feature=CAT)
final = lgb.train(params, dall, num_boost_round=booster.best_iteration)
test_new["prediction"] = final.predict(test_new[FEATS]) * test_new.exposure
test_new[["policy_id", "prediction"]].to_csv("predictions.csv", index=False)
