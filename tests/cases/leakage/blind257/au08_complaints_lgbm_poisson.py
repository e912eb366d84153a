"""
Complaints forecast per account-week (consumer mobile base).
Target: number of complaints the account files next week.
Model: LightGBM with a Poisson objective. Train on weeks before Oct, test on Oct-Dec.
Early stopping uses the last 6 weeks of the training period, the test weeks
are only touched once at the end.
"""
import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.metrics import mean_absolute_error, mean_poisson_deviance

TARGET = "complaints_next_week"

df = pd.read_csv("train.csv", parse_dates=["week_start"])
df = df.sort_values(["account_id", "week_start"]).reset_index(drop=True)
print(df[TARGET].describe())
print("share of zero weeks:", (df[TARGET] == 0).mean().round(3))

# history per account, past weeks only
acc = df.groupby("account_id")
for col in ["complaints_this_week", "care_contacts", "dropped_calls", "outage_hours_area"]:
    df[col + "_l1"] = acc[col].shift(1)
    df[col + "_l2"] = acc[col].shift(2)
    df[col + "_4w"] = acc[col].transform(lambda s: s.shift(1).rolling(4, min_periods=1).sum())
df["bill_change"] = acc["monthly_bill"].pct_change()
df["plan_tier"] = df["plan_tier"].astype("category")
df["region"] = df["region"].astype("category")

features = [c for c in df.columns if c not in
            ["account_week_id", "account_id", "week_start", TARGET, "credits_issued_next_week"]]

split_date = pd.Timestamp("2023-10-01")
valid_start = split_date - pd.Timedelta(weeks=6)
train = df[df["week_start"] < split_date]
test = df[df["week_start"] >= split_date]
fit_part = train[train["week_start"] < valid_start]
valid_part = train[train["week_start"] >= valid_start]
print(len(fit_part), "fit /", len(valid_part), "valid /", len(test), "test rows")

params = dict(objective="poisson", learning_rate=0.03, num_leaves=63,
              min_child_samples=50, subsample=0.8, subsample_freq=1,
              colsample_bytree=0.8, verbose=-1)
model = lgb.LGBMRegressor(n_estimators=3000, **params)
model.fit(fit_part[features], fit_part[TARGET],
          eval_set=[(valid_part[features], valid_part[TARGET])],
          eval_metric="poisson",
          callbacks=[lgb.early_stopping(100), lgb.log_evaluation(200)])
best_n = model.best_iteration_
print("best iteration:", best_n)

# refit on the whole training period with the chosen number of trees
model = lgb.LGBMRegressor(n_estimators=best_n, **params).fit(train[features], train[TARGET])

pred = model.predict(test[features])
naive = test["complaints_this_week"].values          # baseline: next week = this week
mean_pred = np.full(len(test), train[TARGET].mean())  # baseline: global mean

print("MAE  lgbm  : %.4f" % mean_absolute_error(test[TARGET], pred))
print("MAE  naive : %.4f" % mean_absolute_error(test[TARGET], naive))
print("MAE  mean  : %.4f" % mean_absolute_error(test[TARGET], mean_pred))
print("Poisson dev lgbm : %.4f" % mean_poisson_deviance(test[TARGET], np.clip(pred, 1e-6, None)))
print("Poisson dev mean : %.4f" % mean_poisson_deviance(test[TARGET], mean_pred))

# final model for the submission: all labelled weeks, same tree count
final = lgb.LGBMRegressor(n_estimators=best_n, **params).fit(df[features], df[TARGET])
