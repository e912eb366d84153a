# Pet pure premium - HistGradientBoosting (Poisson loss) tuned with time-ordered CV.
#
# * rows sorted by policy year; hyper-parameters tuned by GridSearchCV + TimeSeriesSplit on the
#   earlier years only
# * the latest policy year is the test year, scored once, next to a flat pure-premium baseline

import numpy as np
import pandas as pd
from sklearn.ensemble import HistGradientBoostingRegressor
from sklearn.model_selection import GridSearchCV, TimeSeriesSplit
from sklearn.metrics import mean_poisson_deviance

df = pd.read_csv("train.csv").sort_values("policy_year").reset_index(drop=True)
test_new = pd.read_csv("test.csv")
print(df.shape, test_new.shape)
print(df.groupby("policy_year").agg(rows=("row_id", "size"), expo=("exposure", "sum"),
                                    loss=("loss_cost", "sum")))
print("missing weight share:", round(df.weight_kg.isna().mean(), 3))

CATS = ["species", "breed", "plan_tier", "postcode_area"]
NUMS = ["pet_age", "excess", "annual_limit", "vet_price_index", "neutered", "microchipped", "weight_kg"]
for d in (df, test_new):
    for c in CATS:
        d[c] = d[c].astype("category")
FEATS = NUMS + CATS

last = df.policy_year.max()
train = df[df.policy_year < last]
test = df[df.policy_year == last]
y_tr = train.loss_cost / train.exposure
y_te = test.loss_cost / test.exposure

grid = {
    "learning_rate": [0.03, 0.06],
    "max_leaf_nodes": [15, 31],
    "min_samples_leaf": [100, 300],
}
base_model = HistGradientBoostingRegressor(loss="poisson", max_iter=400,
                                           categorical_features="from_dtype", random_state=4)
search = GridSearchCV(base_model, grid, cv=TimeSeriesSplit(n_splits=4),
                      scoring="neg_mean_poisson_deviance", n_jobs=-1)
search.fit(train[FEATS], y_tr, sample_weight=train.exposure)
print("best params:", search.best_params_)
print("CV deviance:", round(-search.best_score_, 4))

pred = search.best_estimator_.predict(test[FEATS])
flat = np.full(len(test), train.loss_cost.sum() / train.exposure.sum())
print("test-year Poisson deviance  baseline (flat) %.4f | HGB %.4f" % (
    mean_poisson_deviance(y_te, flat, sample_weight=test.exposure),
    mean_poisson_deviance(y_te, pred, sample_weight=test.exposure)))

# double lift: model vs flat baseline, by decile of the model/baseline ratio
dl = pd.DataFrame({"obs": test.loss_cost.values, "model": pred * test.exposure.values,
                   "base": flat * test.exposure.values})
dl["decile"] = pd.qcut(dl.model / dl.base, 10, labels=False, duplicates="drop")
dl = dl.groupby("decile").sum()
print((dl[["obs", "model", "base"]].div(dl.base, axis=0)).round(3))

final = HistGradientBoostingRegressor(loss="poisson", max_iter=400, categorical_features="from_dtype",
                                      random_state=4, **search.best_params_)
final.fit(df[FEATS], df.loss_cost / df.exposure, sample_weight=df.exposure)
test_new["prediction"] = final.predict(test_new[FEATS]) * test_new.exposure
test_new[["row_id", "prediction"]].to_csv("predictions.csv", index=False)
