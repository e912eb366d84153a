# daily store demand -- ridge on standardised features with one-hot stores
# run: python e27_store_demand_concat_scaler.py  (expects train.csv / test.csv in cwd)

import pandas as pd
import numpy as np
from sklearn.impute import SimpleImputer
from sklearn.preprocessing import StandardScaler
from sklearn.linear_model import RidgeCV
from sklearn.metrics import mean_absolute_error, mean_squared_error

train = pd.read_csv("train.csv", parse_dates=["date"])
test = pd.read_csv("test.csv", parse_dates=["date"])
n_train = len(train)

print(train.isna().mean().sort_values(ascending=False).head())

both = pd.concat([train.drop(columns=["units"]), test], ignore_index=True)

both["dow"] = both.date.dt.dayofweek
both["month"] = both.date.dt.month
both["t"] = (both.date - both.date.min()).dt.days
both["log_price"] = np.log(both.price)
both["log_comp_price"] = np.log(both.competitor_price)
both["promo_x_display"] = both.promo * both.display
both["radio_log"] = np.log1p(both.radio_spend)
both["flyer_log"] = np.log1p(both.flyer_spend)
both["tv_log"] = np.log1p(both.tv_grp)

num_cols = ["t", "log_price", "log_comp_price", "temperature", "tv_log", "radio_log", "flyer_log"]
cat_dummies = pd.get_dummies(both[["store_id", "dow", "month"]].astype(str), dtype=float)
flags = both[["promo", "display", "holiday", "promo_x_display"]].astype(float)

# impute + scale the numeric block on all rows we have (train + test) so both sets share one scale
imp = SimpleImputer(strategy="median")
sc = StandardScaler()
num_block = pd.DataFrame(sc.fit_transform(imp.fit_transform(both[num_cols])), columns=num_cols)

X_all = pd.concat([num_block, flags.reset_index(drop=True), cat_dummies.reset_index(drop=True)], axis=1)
X = X_all.iloc[:n_train]
X_sub = X_all.iloc[n_train:]
y = np.log1p(train["units"].values)

# last 28 days = validation
cut = train.date.max() - pd.Timedelta(days=27)
val_mask = (train.date >= cut).values
model = RidgeCV(alphas=np.logspace(-3, 2, 20))
model.fit(X[~val_mask], y[~val_mask])
print("alpha:", model.alpha_)

pred = np.expm1(model.predict(X[val_mask]))
truth = train.units.values[val_mask]
print("val MAE :", mean_absolute_error(truth, pred))
print("val RMSE:", mean_squared_error(truth, pred) ** 0.5)
print("val WAPE:", np.abs(truth - pred).sum() / truth.sum())

# price elasticity straight from the log-log coefficient (undo the standardisation)
lp_idx = num_cols.index("log_price")
print("own-price elasticity ~", model.coef_[lp_idx] / sc.scale_[lp_idx])
print("cross-price elasticity ~", model.coef_[num_cols.index("log_comp_price")] / sc.scale_[num_cols.index("log_comp_price")])

model.fit(X, y)
out = pd.DataFrame({"row_id": test.row_id, "prediction": np.clip(np.expm1(model.predict(X_sub)), 0, None)})
out.to_csv("predictions.csv", index=False)
print("done", out.shape)
