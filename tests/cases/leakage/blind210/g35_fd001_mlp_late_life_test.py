# RUL regression on CMAPSS FD001 with a small MLP.
# Train on the earlier part of the recorded life, test on the later cycles,
# which is where an RUL model actually has to be accurate.

import numpy as np
import pandas as pd
import matplotlib.pyplot as plt
from sklearn.neural_network import MLPRegressor
from sklearn.preprocessing import StandardScaler
from sklearn.metrics import mean_squared_error, mean_absolute_error, r2_score

CUT_CYCLE = 150
CAP = 125

col = ["unit", "cycle", "op1", "op2", "op3"] + ["sm_%d" % i for i in range(1, 22)]
data = pd.read_csv("input/train_FD001.txt", sep=r"\s+", header=None, names=col)

print(data.info())
print(data.groupby("unit").cycle.max().describe())

# RUL target
eol = data.groupby("unit")["cycle"].max().reset_index().rename(columns={"cycle": "eol"})
data = data.merge(eol, on="unit")
data["rul"] = (data["eol"] - data["cycle"]).clip(upper=CAP)
data = data.drop(columns="eol")

use = ["sm_2", "sm_3", "sm_4", "sm_7", "sm_8", "sm_9", "sm_11", "sm_12", "sm_13", "sm_14",
       "sm_15", "sm_17", "sm_20", "sm_21"]

corr = data[use + ["rul"]].corr()
plt.figure(figsize=(9, 7))
plt.imshow(corr, cmap="RdBu_r", vmin=-1, vmax=1)
plt.xticks(range(len(corr)), corr.columns, rotation=90)
plt.yticks(range(len(corr)), corr.columns)
plt.colorbar()
plt.tight_layout()
plt.savefig("corr.png")

# early cycles -> train, later cycles -> test
train = data[data["cycle"] <= CUT_CYCLE]
test = data[data["cycle"] > CUT_CYCLE]
print("train rows:", len(train), "test rows:", len(test))
print("engines in test:", test["unit"].nunique())

sc = StandardScaler().fit(train[use])
X_train = sc.transform(train[use])
X_test = sc.transform(test[use])
y_train = train["rul"].to_numpy()
y_test = test["rul"].to_numpy()

mlp = MLPRegressor(
    hidden_layer_sizes=(64, 32),
    activation="relu",
    alpha=1e-3,
    learning_rate_init=1e-3,
    max_iter=300,
    early_stopping=True,
    validation_fraction=0.1,
    random_state=0,
)
mlp.fit(X_train, y_train)

pred = mlp.predict(X_test)
print("RMSE %.2f" % np.sqrt(mean_squared_error(y_test, pred)))
print("MAE  %.2f" % mean_absolute_error(y_test, pred))
print("R2   %.3f" % r2_score(y_test, pred))

plt.figure()
plt.plot(mlp.loss_curve_, label="train loss")
plt.plot(np.array(mlp.validation_scores_), label="val R2")
plt.legend()
plt.savefig("mlp_curves.png")

plt.figure(figsize=(6, 6))
plt.scatter(y_test, pred, s=4, alpha=0.5)
plt.plot([0, CAP], [0, CAP], "k--")
plt.xlabel("true")
plt.ylabel("pred")
plt.savefig("mlp_scatter.png")

res = test[["unit", "cycle", "rul"]].copy()
res["pred"] = pred
res.to_csv("mlp_late_life_predictions.csv", index=False)
