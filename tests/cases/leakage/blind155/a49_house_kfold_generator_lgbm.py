"""House prices: LightGBM on log(sale_price), 5-fold CV with a small fold
generator, median baseline through the same folds."""
import numpy as np
import pandas as pd
import lightgbm as lgb
from sklearn.dummy import DummyRegressor
from sklearn.metrics import mean_absolute_error, r2_score

TARGET, ID = "sale_price", "listing_id"
train = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")

FEATS = ["sqft", "bedrooms", "bathrooms", "lot_size", "year_built", "school_rating",
         "neighborhood", "condition", "has_garage"]
for d in (train, test):
    for c in ["neighborhood", "condition"]:
        d[c] = d[c].astype("category")
test["neighborhood"] = test["neighborhood"].cat.set_categories(train["neighborhood"].cat.categories)
test["condition"] = test["condition"].cat.set_categories(train["condition"].cat.categories)

X = train[FEATS]
y = np.log(train[TARGET].to_numpy())


def fold_indices(n, k=5, seed=42):
    rng = np.random.default_rng(seed)
    folds = np.array_split(rng.permutation(n), k)
    for i in range(k):
        valid = folds[i]
        fit = np.concatenate(folds[:i] + folds[i:])
        yield fit, valid


params = dict(n_estimators=1200, learning_rate=0.02, num_leaves=31, min_child_samples=15,
              subsample=0.8, subsample_freq=1, colsample_bytree=0.8, reg_lambda=1.0, verbose=-1)

oof = np.zeros(len(y))
oof_base = np.zeros(len(y))
for k, (fit, valid) in enumerate(fold_indices(len(y))):
    m = lgb.LGBMRegressor(**params).fit(X.iloc[fit], y[fit])
    oof[valid] = m.predict(X.iloc[valid])
    oof_base[valid] = DummyRegressor(strategy="median").fit(X.iloc[fit], y[fit]).predict(X.iloc[valid])
    print(f"fold {k}: MAE {mean_absolute_error(np.exp(y[valid]), np.exp(oof[valid])):,.0f}")

price = np.exp(y)
print(f"CV MAE   model {mean_absolute_error(price, np.exp(oof)):,.0f} | "
      f"median baseline {mean_absolute_error(price, np.exp(oof_base)):,.0f}")
print(f"CV R2 (log) model {r2_score(y, oof):.3f} | baseline {r2_score(y, oof_base):.3f}")

final = lgb.LGBMRegressor(**params).fit(X, y)
pd.DataFrame({ID: test[ID], "prediction": np.exp(final.predict(test[FEATS]))}).to_csv("predictions.csv", index=False)
