# Medical Cost Personal dataset (insurance.csv) - predict yearly charges
# linear regression vs tree ensembles; numeric scaling learned on the training rows

import pickle
import pandas as pd
import numpy as np
import matplotlib.pyplot as plt
import seaborn as sns

from sklearn.model_selection import train_test_split
from sklearn.linear_model import LinearRegression, Ridge
from sklearn.ensemble import RandomForestRegressor, GradientBoostingRegressor
from sklearn.metrics import r2_score, mean_absolute_error, mean_squared_error

ins = pd.read_csv("insurance.csv")
print(ins.shape)
print(ins.describe())

sns.scatterplot(data=ins, x="age", y="charges", hue="smoker", alpha=0.6)
plt.title("charges vs age")
plt.show()

ins["sex"] = ins["sex"].map({"male": 1, "female": 0})
ins["smoker"] = ins["smoker"].map({"yes": 1, "no": 0})
ins = pd.get_dummies(ins, columns=["region"], prefix="reg", drop_first=True)
ins["obese"] = (ins["bmi"] >= 30).astype(int)
ins["smoker_obese"] = ins["smoker"] * ins["obese"]
ins["age2"] = ins["age"] ** 2

num_cols = ["age", "age2", "bmi", "children"]

train, test = train_test_split(ins, test_size=0.2, random_state=0)
train, test = train.copy(), test.copy()

# fill + standardise with the training means / stds, reuse them on test
mu = train[num_cols].mean()
sd = train[num_cols].std()
for part in (train, test):
    part[num_cols] = part[num_cols].fillna(mu)
    part[num_cols] = (part[num_cols] - mu) / sd

X_train, y_train = train.drop(columns=["charges"]), train["charges"]
X_test, y_test = test.drop(columns=["charges"]), test["charges"]


def report(name, pred):
    return {"model": name,
            "R2": r2_score(y_test, pred),
            "MAE": mean_absolute_error(y_test, pred),
            "RMSE": np.sqrt(mean_squared_error(y_test, pred))}


# baseline: predict the mean charge of the training set for everybody
rows = [report("baseline_mean", np.full(len(y_test), y_train.mean()))]

regressors = {
    "linear": LinearRegression(),
    "ridge": Ridge(alpha=1.0),
    "random_forest": RandomForestRegressor(n_estimators=500, max_depth=6, random_state=0),
    "gbr": GradientBoostingRegressor(n_estimators=300, learning_rate=0.05, max_depth=3,
                                     random_state=0),
}
for name, reg in regressors.items():
    reg.fit(X_train, y_train)
    rows.append(report(name, reg.predict(X_test)))

summary = pd.DataFrame(rows).sort_values("R2", ascending=False)
print(summary.round(3).to_string(index=False))

coef = pd.Series(regressors["linear"].coef_, index=X_train.columns).sort_values()
print("\nlinear coefficients:\n", coef.round(1))

plt.figure(figsize=(6, 6))
plt.scatter(y_test, regressors["gbr"].predict(X_test), alpha=0.5)
lims = [0, y_test.max() * 1.05]
plt.plot(lims, lims, "r--")
plt.xlabel("actual charges")
plt.ylabel("predicted charges")
plt.title("Gradient boosting - test set")
plt.show()

# production model: same recipe, refit on all 1338 rows after the evaluation above
full = ins.copy()
mu_full, sd_full = full[num_cols].mean(), full[num_cols].std()
full[num_cols] = (full[num_cols].fillna(mu_full) - mu_full) / sd_full
prod = GradientBoostingRegressor(n_estimators=300, learning_rate=0.05, max_depth=3, random_state=0)
prod.fit(full.drop(columns=["charges"]), full["charges"])
with open("charges_gbr.pkl", "wb") as fh:
    pickle.dump({"model": prod, "mu": mu_full, "sd": sd_full}, fh)
print("saved production model")
