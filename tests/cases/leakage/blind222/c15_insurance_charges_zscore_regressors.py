# Medical Cost Personal dataset (insurance.csv) - predict yearly charges
# linear regression vs tree ensembles

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

# --- encode ---
ins["sex"] = ins["sex"].map({"male": 1, "female": 0})
ins["smoker"] = ins["smoker"].map({"yes": 1, "no": 0})
ins = pd.get_dummies(ins, columns=["region"], prefix="reg", drop_first=True)

# interaction that explains most of the bmi effect
ins["obese"] = (ins["bmi"] >= 30).astype(int)
ins["smoker_obese"] = ins["smoker"] * ins["obese"]
ins["age2"] = ins["age"] ** 2

num_cols = ["age", "age2", "bmi", "children"]

# a few bmi values come in empty from the scraped copy
ins[num_cols] = ins[num_cols].fillna(ins[num_cols].mean())
# standardise numeric columns so the linear coefficients are comparable
ins[num_cols] = (ins[num_cols] - ins[num_cols].mean()) / ins[num_cols].std()

X = ins.drop(columns=["charges"])
y = ins["charges"]

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=0)

regressors = {
    "linear": LinearRegression(),
    "ridge": Ridge(alpha=1.0),
    "random_forest": RandomForestRegressor(n_estimators=500, max_depth=6, random_state=0),
    "gbr": GradientBoostingRegressor(n_estimators=300, learning_rate=0.05, max_depth=3,
                                     random_state=0),
}

summary = []
for name, reg in regressors.items():
    reg.fit(X_train, y_train)
    pred = reg.predict(X_test)
    summary.append([name,
                    r2_score(y_test, pred),
                    mean_absolute_error(y_test, pred),
                    np.sqrt(mean_squared_error(y_test, pred))])

summary = pd.DataFrame(summary, columns=["model", "R2", "MAE", "RMSE"]).sort_values("R2", ascending=False)
print(summary.round(3).to_string(index=False))

coef = pd.Series(regressors["linear"].coef_, index=X.columns).sort_values()
print("\nlinear coefficients:\n", coef.round(1))

gbr_pred = regressors["gbr"].predict(X_test)
plt.figure(figsize=(6, 6))
plt.scatter(y_test, gbr_pred, alpha=0.5)
lims = [0, y_test.max() * 1.05]
plt.plot(lims, lims, "r--")
plt.xlabel("actual charges")
plt.ylabel("predicted charges")
plt.title("Gradient boosting - test set")
plt.show()
