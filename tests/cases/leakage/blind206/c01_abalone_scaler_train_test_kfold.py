# Playground S4E4 - Abalone rings (RMSLE)
# Ridge + SVR on scaled features, 5-fold x 3 seeds, original abalone data appended.

import warnings

import numpy as np
import pandas as pd
from sklearn.dummy import DummyRegressor
from sklearn.linear_model import Ridge
from sklearn.metrics import mean_squared_error
from sklearn.model_selection import KFold
from sklearn.preprocessing import StandardScaler
from sklearn.svm import SVR

warnings.filterwarnings("ignore")

DATA_DIR = "/kaggle/input/playground-series-s4e4"
ORIG_PATH = "/kaggle/input/abalone-uci/abalone.csv"
SEEDS = [0, 42, 2024]
N_FOLDS = 5
TARGET = "Rings"

train = pd.read_csv(f"{DATA_DIR}/train.csv")
test = pd.read_csv(f"{DATA_DIR}/test.csv")
original = pd.read_csv(ORIG_PATH)
original.columns = [c for c in train.columns if c != "id"]

print(train.shape, test.shape, original.shape)
print(train.head())
print(train[TARGET].describe())
print(train.isna().sum().sum(), test.isna().sum().sum())

train = pd.concat([train.drop(columns="id"), original], ignore_index=True)
test_ids = test["id"].values
test = test.drop(columns="id")


def add_features(df):
    df = df.copy()
    df["Volume"] = df["Length"] * df["Diameter"] * df["Height"]
    df["Density"] = df["Whole weight"] / (df["Volume"] + 1e-6)
    df["Shell_ratio"] = df["Shell weight"] / (df["Whole weight"] + 1e-6)
    df["Shucked_ratio"] = df["Whole weight.1"] / (df["Whole weight"] + 1e-6)
    df["Viscera_ratio"] = df["Whole weight.2"] / (df["Whole weight"] + 1e-6)
    df["Log_whole"] = np.log1p(df["Whole weight"])
    return df


train = add_features(train)
test = add_features(test)

train = pd.get_dummies(train, columns=["Sex"], dtype=float)
test = pd.get_dummies(test, columns=["Sex"], dtype=float)
test = test.reindex(columns=[c for c in train.columns if c != TARGET], fill_value=0)

FEATURES = [c for c in train.columns if c != TARGET]
NUM_COLS = [c for c in FEATURES if not c.startswith("Sex_")]

full = pd.concat([train[FEATURES], test[FEATURES]], ignore_index=True)
scaler = StandardScaler().fit(full[NUM_COLS])
train[NUM_COLS] = scaler.transform(train[NUM_COLS])
test[NUM_COLS] = scaler.transform(test[NUM_COLS])

X = train[FEATURES].values
y = np.log1p(train[TARGET].values)
X_test = test[FEATURES].values


def make_model(name, seed):
    if name == "ridge":
        return Ridge(alpha=3.0)
    if name == "svr":
        return SVR(C=2.0, epsilon=0.05)
    if name == "dummy":
        return DummyRegressor(strategy="mean")
    raise ValueError(name)


def rmse(a, b):
    return np.sqrt(mean_squared_error(a, b))


results = {}
oof_all = {}
test_all = {}
for name in ["dummy", "ridge", "svr"]:
    oof = np.zeros(len(X))
    tpred = np.zeros(len(X_test))
    for seed in SEEDS:
        kf = KFold(n_splits=N_FOLDS, shuffle=True, random_state=seed)
        for fold, (tr_idx, va_idx) in enumerate(kf.split(X)):
            model = make_model(name, seed)
            model.fit(X[tr_idx], y[tr_idx])
            oof[va_idx] += model.predict(X[va_idx]) / len(SEEDS)
            tpred += model.predict(X_test) / (N_FOLDS * len(SEEDS))
    results[name] = rmse(y, oof)
    oof_all[name] = oof
    test_all[name] = tpred
    print(f"{name:>6s}  OOF RMSLE = {results[name]:.5f}")

print(f"\nbaseline (predict mean) RMSLE: {results['dummy']:.5f}")

best_w, best_score = 0.0, np.inf
for w in np.linspace(0, 1, 21):
    blend = w * oof_all["ridge"] + (1 - w) * oof_all["svr"]
    score = rmse(y, blend)
    if score < best_score:
        best_w, best_score = w, score
print(f"blend ridge weight={best_w:.2f}  OOF RMSLE={best_score:.5f}")

final = best_w * test_all["ridge"] + (1 - best_w) * test_all["svr"]
sub = pd.DataFrame({"id": test_ids, TARGET: np.clip(np.expm1(final), 1, 29)})
sub.to_csv("submission.csv", index=False)
print(sub.head())
