# Playground S5E5 - Predict Calorie Expenditure (RMSLE)
# LGBM / XGB / CatBoost on log1p(Calories), 5-fold on the dev part,
# greedy hill-climbing blend, checked on a 20% holdout.

import numpy as np
import pandas as pd
from catboost import CatBoostRegressor
from lightgbm import LGBMRegressor
from sklearn.dummy import DummyRegressor
from sklearn.model_selection import KFold, train_test_split
from xgboost import XGBRegressor

DATA = "/kaggle/input/playground-series-s5e5"
TARGET = "Calories"
SEED = 42

train = pd.read_csv(f"{DATA}/train.csv")
test = pd.read_csv(f"{DATA}/test.csv")
print(train.shape, test.shape)
print(train.describe().T)


def fe(df):
    df = df.copy()
    df["Sex"] = (df["Sex"] == "male").astype(int)
    df["BMI"] = df["Weight"] / (df["Height"] / 100) ** 2
    df["HR_x_Dur"] = df["Heart_Rate"] * df["Duration"]
    df["Temp_x_Dur"] = df["Body_Temp"] * df["Duration"]
    df["HR_per_age"] = df["Heart_Rate"] / df["Age"]
    df["Dur_sq"] = df["Duration"] ** 2
    return df.drop(columns="id")


X = fe(train.drop(columns=TARGET))
y = np.log1p(train[TARGET].values)
X_sub = fe(test)

X_dev, X_hold, y_dev, y_hold = train_test_split(X, y, test_size=0.2, random_state=SEED)
X_dev, X_hold = X_dev.reset_index(drop=True), X_hold.reset_index(drop=True)


def rmse(a, b):
    return float(np.sqrt(np.mean((a - b) ** 2)))


MODELS = {
    "lgb": lambda: LGBMRegressor(n_estimators=1500, learning_rate=0.03, num_leaves=63,
                                 colsample_bytree=0.7, subsample=0.8, subsample_freq=1,
                                 random_state=SEED, verbose=-1),
    "xgb": lambda: XGBRegressor(n_estimators=1500, learning_rate=0.03, max_depth=8,
                                colsample_bytree=0.7, subsample=0.8, min_child_weight=5,
                                random_state=SEED, tree_method="hist"),
    "cat": lambda: CatBoostRegressor(iterations=2000, learning_rate=0.05, depth=8,
                                     random_seed=SEED, verbose=0),
}

kf = KFold(n_splits=5, shuffle=True, random_state=SEED)
oof = {name: np.zeros(len(X_dev)) for name in MODELS}
hold_pred = {name: np.zeros(len(X_hold)) for name in MODELS}
sub_pred = {name: np.zeros(len(X_sub)) for name in MODELS}

for name, make in MODELS.items():
    for fold, (tr, va) in enumerate(kf.split(X_dev)):
        model = make()
        model.fit(X_dev.iloc[tr], y_dev[tr])
        oof[name][va] = model.predict(X_dev.iloc[va])
        hold_pred[name] += model.predict(X_hold) / kf.n_splits
        sub_pred[name] += model.predict(X_sub) / kf.n_splits
    print(f"{name}: OOF RMSLE {rmse(y_dev, oof[name]):.5f}")


def hill_climb(preds, target, n_iter=100, step=0.01):
    names = list(preds)
    scores = {n: rmse(target, preds[n]) for n in names}
    start = min(scores, key=scores.get)
    weights = {n: 0.0 for n in names}
    weights[start] = 1.0
    blend = preds[start].copy()
    best = scores[start]
    for _ in range(n_iter):
        improved = False
        for n in names:
            for w in np.arange(-0.5, 0.51, step):
                cand = (1 - w) * blend + w * preds[n]
                s = rmse(target, cand)
                if s < best - 1e-7:
                    best, best_n, best_w, best_blend = s, n, w, cand
                    improved = True
        if not improved:
            break
        weights = {k: v * (1 - best_w) for k, v in weights.items()}
        weights[best_n] += best_w
        blend = best_blend
    return weights, best


def combine(preds, weights):
    return sum(weights[n] * preds[n] for n in preds)


weights, _ = hill_climb(hold_pred, y_hold)
print("weights:", {k: round(v, 3) for k, v in weights.items()})

dummy = DummyRegressor(strategy="mean").fit(X_dev, y_dev)
print(f"holdout RMSLE  baseline (mean) : {rmse(y_hold, dummy.predict(X_hold)):.5f}")
for name in MODELS:
    print(f"holdout RMSLE  {name:<15s}: {rmse(y_hold, hold_pred[name]):.5f}")
print(f"holdout RMSLE  hill-climb blend: {rmse(y_hold, combine(hold_pred, weights)):.5f}")

final = np.expm1(combine(sub_pred, weights))
pd.DataFrame({"id": test["id"], TARGET: np.clip(final, 1, 314)}).to_csv("submission.csv", index=False)
