"""
Motor insurance claim cost -- XGBoost Tweedie, variance power tuned on a validation split.

Split (all by policy_id, policies renew so years of one policy stay together):
    60% train / 20% validation / 20% test
The test block is touched once, at the end.
"""
import numpy as np
import pandas as pd
from xgboost import XGBRegressor
from sklearn.dummy import DummyRegressor
from sklearn.model_selection import GroupShuffleSplit
from sklearn.metrics import mean_tweedie_deviance, mean_absolute_error

SEED = 2025
POWERS = [1.2, 1.35, 1.5, 1.65, 1.8]
CATS = ["vehicle_brand", "fuel_type", "region"]
NUMS = ["driver_age", "vehicle_age", "vehicle_power", "bonus_malus", "density", "annual_mileage"]


def featurize(frame, columns=None):
    out = frame[NUMS].copy()
    out["density"] = np.log1p(out["density"])
    out["age_x_power"] = frame["driver_age"].clip(18, 80) * frame["vehicle_power"]
    out = out.join(pd.get_dummies(frame[CATS], dtype=float))
    if columns is not None:
        out = out.reindex(columns=columns, fill_value=0.0)
    return out


def group_split(frame, test_size, seed):
    gss = GroupShuffleSplit(n_splits=1, test_size=test_size, random_state=seed)
    a, b = next(gss.split(frame, groups=frame["policy_id"]))
    return frame.iloc[a].reset_index(drop=True), frame.iloc[b].reset_index(drop=True)


df = pd.read_csv("train.csv")
df = df[df.exposure > 0].copy()
df["exposure"] = df.exposure.clip(upper=1.0)
df["pp"] = df.claim_cost / df.exposure

dev_part, test_part = group_split(df, 0.2, SEED)
train_part, val_part = group_split(dev_part, 0.25, SEED + 1)
for name, part in [("train", train_part), ("val", val_part), ("test", test_part)]:
    print(f"{name:5s} rows={len(part):7d} policies={part.policy_id.nunique():6d} "
          f"loss cost={part.claim_cost.sum() / part.exposure.sum():8.2f}")

cols = featurize(train_part).columns
Xtr, Xva, Xte = (featurize(p, cols) for p in (train_part, val_part, test_part))
ytr, yva, yte = train_part.pp, val_part.pp, test_part.pp
wtr, wva, wte = train_part.exposure, val_part.exposure, test_part.exposure


def tweedie_dev(y, p, w, power=1.5):
    return mean_tweedie_deviance(y, np.clip(p, 1e-6, None), sample_weight=w, power=power)


def make_model(power, n_estimators=2000):
    return XGBRegressor(objective="reg:tweedie", tweedie_variance_power=power,
                        n_estimators=n_estimators, learning_rate=0.03, max_depth=4,
                        subsample=0.8, colsample_bytree=0.8, min_child_weight=30,
                        early_stopping_rounds=100, eval_metric="rmse", random_state=SEED)


# ---- tune the variance power on the validation policies
val_scores = {}
best_iters = {}
for pw in POWERS:
    m = make_model(pw)
    m.fit(Xtr, ytr, sample_weight=wtr, eval_set=[(Xva, yva)], sample_weight_eval_set=[wva], verbose=False)
    val_scores[pw] = tweedie_dev(yva, m.predict(Xva), wva)
    best_iters[pw] = m.best_iteration
    print(f"power={pw:<5} val dev={val_scores[pw]:.4f} best_iter={m.best_iteration}")

best_power = min(val_scores, key=val_scores.get)
n_rounds = best_iters[best_power] + 1
print("selected power", best_power, "rounds", n_rounds)

# ---- refit on train+val with the chosen settings, score the untouched test block once
Xdev = pd.concat([Xtr, Xva], ignore_index=True)
ydev = pd.concat([ytr, yva], ignore_index=True)
wdev = pd.concat([wtr, wva], ignore_index=True)
final = XGBRegressor(objective="reg:tweedie", tweedie_variance_power=best_power,
                     n_estimators=n_rounds, learning_rate=0.03, max_depth=4,
                     subsample=0.8, colsample_bytree=0.8, min_child_weight=30, random_state=SEED)
final.fit(Xdev, ydev, sample_weight=wdev)

dummy = DummyRegressor().fit(Xdev, ydev, sample_weight=wdev)

p_model = final.predict(Xte)
p_dummy = dummy.predict(Xte)
print("\nTEST (untouched policies)")
print(" model  dev=%.4f  mae(cost)=%.2f" % (tweedie_dev(yte, p_model, wte), mean_absolute_error(yte * wte, p_model * wte)))
print(" dummy  dev=%.4f  mae(cost)=%.2f" % (tweedie_dev(yte, p_dummy, wte), mean_absolute_error(yte * wte, p_dummy * wte)))

# ---- submission model: same recipe on every labelled row
sub_model = XGBRegressor(objective="reg:tweedie", tweedie_variance_power=best_power,
                         n_estimators=n_rounds, learning_rate=0.03, max_depth=4,
                         subsample=0.8, colsample_bytree=0.8, min_child_weight=30, random_state=SEED)
sub_model.fit(featurize(df, cols), df.pp, sample_weight=df.exposure)
new = pd.read_csv("test.csv")
pred = sub_model.predict(featurize(new, cols)) * new.exposure.clip(upper=1.0)
pd.DataFrame({"row_id": new.row_id, "prediction": pred}).to_csv("predictions.csv", index=False)
print("saved predictions.csv", len(new))
