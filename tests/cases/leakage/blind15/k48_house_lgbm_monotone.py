"""
House prices -- LightGBM with monotone constraints.

Chronological 80/20 split (newest 20% of sales = test). Log target with a
smearing retransformation. Baselines: neighbourhood median ("comps") and a
global DummyRegressor.
"""
import numpy as np
import pandas as pd
import lightgbm as lgb
import matplotlib.pyplot as plt
from sklearn.dummy import DummyRegressor
from sklearn.metrics import mean_absolute_error, mean_absolute_percentage_error

df = pd.read_csv("train.csv", parse_dates=["sale_date"]).sort_values("sale_date").reset_index(drop=True)
df["age_at_sale"] = df.sale_date.dt.year - df.year_built
df["days"] = (df.sale_date - pd.Timestamp("2015-01-01")).dt.days
df["neighbourhood"] = df["neighbourhood"].astype("category")
FEATS = ["sqft", "bedrooms", "lot_size", "age_at_sale", "days", "neighbourhood"]
MONO = [1, 0, 1, 0, 0, 0]

cut = int(0.8 * len(df))
train, test = df.iloc[:cut], df.iloc[cut:]
print("train", train.sale_date.min().date(), "-", train.sale_date.max().date(),
      "| test", test.sale_date.min().date(), "-", test.sale_date.max().date())

model = lgb.LGBMRegressor(objective="regression", n_estimators=5000, learning_rate=0.02,
                          num_leaves=31, min_child_samples=25, subsample=0.8, subsample_freq=1,
                          colsample_bytree=0.9, monotone_constraints=MONO,
                          monotone_constraints_method="advanced", verbose=-1)
model.fit(train[FEATS], np.log(train.price),
          eval_set=[(test[FEATS], np.log(test.price))], eval_metric="l1",
          callbacks=[lgb.early_stopping(200), lgb.log_evaluation(500)])
print("best iteration:", model.best_iteration_)

lgb.plot_metric(model, metric="l1")
plt.savefig("l1_curve.png")

smear = np.mean(np.exp(np.log(train.price) - model.predict(train[FEATS], num_iteration=model.best_iteration_)))
pred = np.exp(model.predict(test[FEATS], num_iteration=model.best_iteration_)) * smear

comps = train.groupby("neighbourhood", observed=False).price.median()
pred_comps = test.neighbourhood.map(comps).astype(float).fillna(train.price.median()).to_numpy()
pred_dummy = DummyRegressor(strategy="median").fit(train[["sqft"]], train.price).predict(test[["sqft"]])

y = test.price.to_numpy()
for name, p in [("lightgbm", pred), ("baseline: neighbourhood median", pred_comps),
                ("baseline: global median", pred_dummy)]:
    print(f"{name:32s} MAE {mean_absolute_error(y, p):>10,.0f}   MAPE {mean_absolute_percentage_error(y, p):.3f}")

rng = np.random.default_rng(0)
boot = [mean_absolute_error(y[i], pred[i]) for i in (rng.integers(0, len(y), len(y)) for _ in range(2000))]
print("MAE 95% CI:", np.percentile(boot, [2.5, 97.5]).round(0))
