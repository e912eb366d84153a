"""Claim cost: choose a model on a validation set, score the winner once on test.

Both splits are made on policy ids, so no policy appears on two sides.
"""
import numpy as np
import pandas as pd
from sklearn.compose import make_column_transformer
from sklearn.dummy import DummyRegressor
from sklearn.ensemble import GradientBoostingRegressor, RandomForestRegressor
from sklearn.linear_model import Ridge
from sklearn.metrics import mean_absolute_error
from sklearn.model_selection import GroupShuffleSplit
from sklearn.pipeline import make_pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler

NUM = ["vehicle_age", "driver_age", "prior_claims", "annual_mileage"]
CAT = ["region", "coverage_type"]
TARGET = "claim_cost"


def group_split(frame, test_size, seed):
    gss = GroupShuffleSplit(n_splits=1, test_size=test_size, random_state=seed)
    a, b = next(gss.split(frame, groups=frame["policy_id"]))
    return frame.iloc[a], frame.iloc[b]


def preprocessor(scale):
    return make_column_transformer(
        (StandardScaler() if scale else "passthrough", NUM),
        (OneHotEncoder(handle_unknown="ignore"), CAT),
    )


def candidates():
    return {
        "ridge": make_pipeline(preprocessor(True), Ridge(alpha=1.0)),
        "random_forest": make_pipeline(
            preprocessor(False),
            RandomForestRegressor(n_estimators=400, min_samples_leaf=10, n_jobs=-1, random_state=0),
        ),
        "gbr_huber": make_pipeline(
            preprocessor(False),
            GradientBoostingRegressor(loss="huber", n_estimators=500, learning_rate=0.05, max_depth=3, random_state=0),
        ),
    }


df = pd.read_csv("train.csv")
print(df.shape, "policies:", df["policy_id"].nunique())

dev, test_part = group_split(df, 0.2, seed=1)
fit_part, val_part = group_split(dev, 0.25, seed=2)
print(f"fit {len(fit_part)} | val {len(val_part)} | test {len(test_part)}")

val_mae = {}
for name, model in candidates().items():
    model.fit(fit_part[NUM + CAT], fit_part[TARGET])
    val_mae[name] = mean_absolute_error(val_part[TARGET], model.predict(val_part[NUM + CAT]))
    print(f"  val MAE {name:14s} {val_mae[name]:10.2f}")

winner = min(val_mae, key=val_mae.get)
print("selected on validation:", winner)

# retrain the winner on fit+val, then a single look at the test policies
chosen = candidates()[winner].fit(dev[NUM + CAT], dev[TARGET])
test_mae = mean_absolute_error(test_part[TARGET], chosen.predict(test_part[NUM + CAT]))
dummy = DummyRegressor(strategy="mean").fit(dev[NUM + CAT], dev[TARGET])
dummy_mae = mean_absolute_error(test_part[TARGET], dummy.predict(test_part[NUM + CAT]))
print(f"test MAE {winner}: {test_mae:.2f}   vs mean dummy: {dummy_mae:.2f}")
print(f"relative improvement: {1 - test_mae / dummy_mae:.1%}")

# final: same recipe on all labelled claims
final = candidates()[winner].fit(df[NUM + CAT], df[TARGET])
sub = pd.read_csv("test.csv")
pred = np.clip(final.predict(sub[NUM + CAT]), 0, None)
pd.DataFrame({"claim_id": sub["claim_id"], "prediction": pred}).to_csv("predictions.csv", index=False)
print("predictions:", len(pred))
