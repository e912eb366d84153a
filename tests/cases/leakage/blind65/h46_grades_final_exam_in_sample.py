"""Student final grade (0-20) - linear model.

An interpretable linear regression: which factors move the final grade, and by how much?
"""
import numpy as np
import pandas as pd
from sklearn.linear_model import LinearRegression
from sklearn.metrics import r2_score, mean_absolute_error, mean_squared_error

df = pd.read_csv("train.csv")
test = pd.read_csv("test.csv")
print(df.shape)
print(df["final_grade"].describe())

binary = ["school", "sex", "address", "famsize", "pstatus", "schoolsup", "famsup", "paid",
          "activities", "nursery", "higher", "internet", "romantic"]
nominal = ["mjob", "fjob", "reason", "guardian"]
BIN_MAP = {"yes": 1, "no": 0, "GP": 1, "MS": 0, "F": 1, "M": 0, "U": 1, "R": 0,
           "GT3": 1, "LE3": 0, "T": 1, "A": 0}


def encode(frame):
    X = frame.drop(columns=["student_id", "final_grade"], errors="ignore").copy()
    for col in binary:
        X[col] = X[col].map(BIN_MAP)
    X = pd.get_dummies(X, columns=nominal, drop_first=True, dtype=int)
    X["alcohol"] = X["dalc"] + X["walc"]
    X["parent_edu"] = X["medu"] + X["fedu"]
    X["log_absences"] = np.log1p(X["absences"])
    return X


X = encode(df)
y = df["final_grade"]
print("n features:", X.shape[1])

lr = LinearRegression()
lr.fit(X, y)
pred = lr.predict(X)

print("R^2 : %.3f" % r2_score(y, pred))
print("MAE : %.3f" % mean_absolute_error(y, pred))
print("RMSE: %.3f" % np.sqrt(mean_squared_error(y, pred)))

coef = pd.Series(lr.coef_, index=X.columns).sort_values()
print("\nlargest negative effects:\n", coef.head(8).round(3))
print("\nlargest positive effects:\n", coef.tail(8).round(3))

resid = y - pred
print("\nresidual sd: %.3f, share within +/-2 points: %.3f" % (resid.std(), (resid.abs() <= 2).mean()))

X_test = encode(test).reindex(columns=X.columns, fill_value=0)
pd.DataFrame({"student_id": test["student_id"],
              "prediction": np.clip(lr.predict(X_test), 0, 20)}).to_csv("predictions.csv", index=False)
