"""Pet pure premium: Tweedie GLM, choice of variance power.

Test set = the latest policy year (out-of-time). Powers between 1.1 and 1.9 are compared on
the Gini of the test year and the best one is kept.
"""
import numpy as np
import pandas as pd
from sklearn.compose import ColumnTransformer
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, SplineTransformer
from sklearn.linear_model import TweedieRegressor
from sklearn.metrics import mean_tweedie_deviance

df = pd.read_csv("train.csv")
test_new = pd.read_csv("test.csv")

CAT = ["species", "plan_tier", "postcode_area", "neutered", "microchipped"]
SPLINE = ["pet_age"]
LIN = ["excess", "vet_price_index"]

for d in (df, test_new):
    d["log_limit"] = np.log(d.annual_limit)
    d["neutered"] = d.neutered.astype(str)
    d["microchipped"] = d.microchipped.astype(str)
LIN.append("log_limit")
FEATS = CAT + SPLINE + LIN


def make_pipe(power):
    pre = ColumnTransformer([
        ("cat", OneHotEncoder(handle_unknown="ignore", min_frequency=50), CAT),
        ("spl", SplineTransformer(n_knots=5, degree=3), SPLINE),
        ("lin", "passthrough", LIN),
    ])
    return Pipeline([("pre", pre), ("glm", TweedieRegressor(power=power, link="log", alpha=0.01,
                                                            max_iter=5000))])


def gini(y, pred, w):
    order = np.argsort(pred)
    cw = np.r_[0, np.cumsum(w[order]) / w.sum()]
    cy = np.r_[0, np.cumsum((y * w)[order]) / (y * w).sum()]
    return 1 - 2 * np.trapz(cy, cw)


last = df.policy_year.max()
train, test = df[df.policy_year < last], df[df.policy_year == last]
y_tr, y_te = train.loss_cost / train.exposure, test.loss_cost / test.exposure
print("train", len(train), "test", len(test))

rows = []
for power in [1.1, 1.3, 1.5, 1.7, 1.9]:
    pipe = make_pipe(power)
    pipe.fit(train[FEATS], y_tr, glm__sample_weight=train.exposure)
    p = pipe.predict(test[FEATS])
    rows.append({"power": power,
                 "gini": gini(y_te.values, p, test.exposure.values),
                 "ae": test.loss_cost.sum() / (p * test.exposure).sum()})
    print(rows[-1])
scan = pd.DataFrame(rows)
best_power = scan.loc[scan.gini.idxmax(), "power"]
print("chosen power:", best_power)

pipe = make_pipe(best_power)
pipe.fit(train[FEATS], y_tr, glm__sample_weight=train.exposure)
p = pipe.predict(test[FEATS])
print("test Tweedie deviance (p=%.1f): %.3f" % (
    best_power, mean_tweedie_deviance(y_te, p, sample_weight=test.exposure, power=best_power)))
print("test Gini: %.3f" % gini(y_te.values, p, test.exposure.values))

final = make_pipe(best_power)
final.fit(df[FEATS], df.loss_cost / df.exposure, glm__sample_weight=df.exposure)
test_new["prediction"] = final.predict(test_new[FEATS]) * test_new.exposure
test_new[["row_id", "prediction"]].to_csv("predictions.csv", index=False)
