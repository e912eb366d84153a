# Energy efficiency of buildings (UCI, Tsanas & Xifara 2012)
# Predict the heating load of a building from its shape parameters.

import numpy as np
import pandas as pd
import matplotlib.pyplot as plt
import seaborn as sns
from sklearn.model_selection import train_test_split
from sklearn.ensemble import GradientBoostingRegressor
from sklearn.metrics import r2_score, mean_absolute_error, mean_squared_error

df = pd.read_csv("data/ENB2012_data.csv")
df.columns = [
    "relative_compactness", "surface_area", "wall_area", "roof_area",
    "overall_height", "orientation", "glazing_area", "glazing_area_distribution",
    "heating_load", "cooling_load",
]
print(df.shape)
print(df.describe().T)

target = "heating_load"
data = df.drop(columns=["cooling_load"])

plt.figure(figsize=(9, 7))
sns.heatmap(data.corr(), annot=True, fmt=".2f", cmap="coolwarm")
plt.tight_layout()
plt.savefig("enb_corr.png")

# keep the inputs that are reasonably correlated with the heating load
corr_with_target = data.corr()[target].drop(target).abs().sort_values(ascending=False)
print(corr_with_target)
selected = corr_with_target[corr_with_target > 0.25].index.tolist()
print("selected features:", selected)

X = data[selected]
y = data[target]

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=1)

model = GradientBoostingRegressor(n_estimators=500, learning_rate=0.05, max_depth=3, random_state=1)
model.fit(X_train, y_train)
pred = model.predict(X_test)

print("R2  :", round(r2_score(y_test, pred), 4))
print("MAE :", round(mean_absolute_error(y_test, pred), 3))
print("RMSE:", round(np.sqrt(mean_squared_error(y_test, pred)), 3))

fig, ax = plt.subplots(figsize=(6, 6))
ax.scatter(y_test, pred, alpha=0.7)
ax.plot([y.min(), y.max()], [y.min(), y.max()], "r--")
ax.set_xlabel("actual heating load")
ax.set_ylabel("predicted heating load")
plt.savefig("heating_pred.png")
