# Pure premium model (freMTPL2) with a Tweedie GLM
# frequency file joined with the claim amounts, banded rating factors, compound Poisson-Gamma
import numpy as np
import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.linear_model import TweedieRegressor
from sklearn.dummy import DummyRegressor
from sklearn.metrics import mean_tweedie_deviance, mean_absolute_error

freq = pd.read_csv("freMTPL2freq.csv")
sev = pd.read_csv("freMTPL2sev.csv")

claims = sev.groupby("IDpol")["ClaimAmount"].sum()
df = freq.set_index("IDpol").join(claims).fillna({"ClaimAmount": 0.0}).reset_index()
df["Exposure"] = df["Exposure"].clip(upper=1)
df["ClaimAmount"] = df["ClaimAmount"].clip(upper=200_000)   # cap large losses
df["PurePremium"] = df["ClaimAmount"] / df["Exposure"]
print(df.shape)
print("share of policies with a claim:", (df["ClaimAmount"] > 0).mean())

# rating factor bands (10 equal-count groups for the continuous variables)
df["DrivAgeBand"] = pd.qcut(df["DrivAge"], 10, duplicates="drop")
df["VehAgeBand"] = pd.qcut(df["VehAge"], 8, duplicates="drop")
df["BMBand"] = pd.qcut(df["BonusMalus"], 6, duplicates="drop")
df["DensityBand"] = pd.qcut(np.log(df["Density"]), 10, duplicates="drop")
df["VehPowerBand"] = df["VehPower"].clip(upper=10)

for band in ["DrivAgeBand", "BMBand"]:
    t = df.groupby(band, observed=True).agg(exp=("Exposure", "sum"), loss=("ClaimAmount", "sum"))
    print((t["loss"] / t["exp"]).round(1).rename(f"pure premium by {band}"))

factors = ["DrivAgeBand", "VehAgeBand", "BMBand", "DensityBand", "VehPowerBand",
           "VehBrand", "VehGas", "Area", "Region"]
X = pd.get_dummies(df[factors].astype(str), drop_first=True, dtype=float)
y = df["PurePremium"]
w = df["Exposure"]

X_train, X_test, y_train, y_test, w_train, w_test = train_test_split(X, y, w, test_size=0.25, random_state=0)

glm = TweedieRegressor(power=1.9, link="log", alpha=0.1, max_iter=3000)
glm.fit(X_train, y_train, sample_weight=w_train)

mean_model = DummyRegressor(strategy="mean").fit(X_train, y_train, sample_weight=w_train)

for name, m in [("mean premium", mean_model), ("tweedie glm", glm)]:
    pred = m.predict(X_test)
    dev = mean_tweedie_deviance(y_test, np.clip(pred, 1e-6, None), sample_weight=w_test, power=1.9)
    mae = mean_absolute_error(y_test, pred, sample_weight=w_test)
    print(f"{name:14s} Tweedie deviance {dev:10.2f}   MAE {mae:8.2f}")


def lorenz_gini(y_true, y_pred, exposure):
    order = np.argsort(y_pred)
    cum_exp = np.cumsum(exposure[order]) / exposure.sum()
    cum_loss = np.cumsum((y_true * exposure)[order]) / (y_true * exposure).sum()
    return 1 - 2 * np.trapz(cum_loss, cum_exp)


print("Gini (test):", round(lorenz_gini(y_test.values, glm.predict(X_test), w_test.values), 4))
print("total predicted / actual loss (test):",
      round((glm.predict(X_test) * w_test).sum() / (y_test * w_test).sum(), 3))
