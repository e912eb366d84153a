"""
NASA C-MAPSS turbofan degradation (FD001): predict remaining useful life (RUL)
of an engine from its sensor snapshot at a given cycle.

train_FD001.txt has 100 engines run to failure, one row per engine cycle.
"""
import numpy as np
import pandas as pd
import matplotlib.pyplot as plt
from sklearn.model_selection import train_test_split
from sklearn.dummy import DummyRegressor
from sklearn.linear_model import Ridge
from sklearn.ensemble import RandomForestRegressor
from sklearn.metrics import mean_squared_error, mean_absolute_error, r2_score
import lightgbm as lgb

index_names = ["unit_nr", "time_cycles"]
setting_names = ["setting_1", "setting_2", "setting_3"]
sensor_names = [f"s_{i}" for i in range(1, 22)]
col_names = index_names + setting_names + sensor_names

train_df = pd.read_csv("CMaps/train_FD001.txt", sep=r"\s+", header=None, names=col_names)
print(train_df.shape, "engines:", train_df["unit_nr"].nunique())


def add_rul(df, cap=125):
    """RUL = cycles left until the engine's last recorded cycle (piece-wise linear, capped)."""
    max_cycle = df.groupby("unit_nr")["time_cycles"].transform("max")
    df = df.copy()
    df["RUL"] = (max_cycle - df["time_cycles"]).clip(upper=cap)
    return df


train_df = add_rul(train_df)
print(train_df[index_names + ["RUL"]].head())

# sensors that never move in FD001 (single operating condition), see the dataset paper
flat = ["s_1", "s_5", "s_6", "s_10", "s_16", "s_18", "s_19"]
useful = [s for s in sensor_names if s not in flat]
print("dropping:", flat)

fig, axes = plt.subplots(4, 4, figsize=(18, 12))
for ax, s in zip(axes.ravel(), useful):
    for u in train_df["unit_nr"].unique()[:10]:
        d = train_df[train_df["unit_nr"] == u]
        ax.plot(d["RUL"], d[s], lw=0.7)
    ax.invert_xaxis()
    ax.set_title(s)
plt.tight_layout()
plt.show()

FEATURES = setting_names[:2] + useful
X = train_df[FEATURES]
y = train_df["RUL"]

X_train, X_val, y_train, y_val = train_test_split(X, y, test_size=0.2, random_state=42)
print("train rows", len(X_train), "validation rows", len(X_val))


def evaluate(name, y_true, y_hat):
    rmse = np.sqrt(mean_squared_error(y_true, y_hat))
    print(f"{name:<14} RMSE={rmse:6.2f}  MAE={mean_absolute_error(y_true, y_hat):6.2f}  "
          f"R2={r2_score(y_true, y_hat):.3f}")
    return rmse


regs = {
    "mean_baseline": DummyRegressor(strategy="mean"),
    "ridge": Ridge(alpha=1.0),
    "random_forest": RandomForestRegressor(n_estimators=300, min_samples_leaf=5, max_features=0.5,
                                           n_jobs=-1, random_state=42),
    "lightgbm": lgb.LGBMRegressor(n_estimators=600, learning_rate=0.03, num_leaves=31,
                                  subsample=0.8, subsample_freq=1, colsample_bytree=0.8,
                                  random_state=42, verbose=-1),
}
scores = {}
preds = {}
for name, reg in regs.items():
    reg.fit(X_train, y_train)
    preds[name] = reg.predict(X_val)
    scores[name] = evaluate(name, y_val, preds[name])

pd.Series(scores).sort_values().plot(kind="barh", title="validation RMSE", figsize=(7, 3))
plt.show()

plt.figure(figsize=(6, 6))
plt.scatter(y_val, preds["lightgbm"], s=4, alpha=0.4)
plt.plot([0, 125], [0, 125], "r--")
plt.xlabel("true RUL"); plt.ylabel("predicted RUL")
plt.show()
