import pandas as pd
from sklearn.feature_selection import SelectKBest, f_regression
from sklearn.model_selection import train_test_split
from sklearn.linear_model import LassoCV
from sklearn.dummy import DummyRegressor
from sklearn.metrics import r2_score

df = pd.read_csv("train.csv")
X = pd.get_dummies(df.drop(columns=["house_id", "sale_price", "assessed_value_after_sale"])).fillna(0)
y = df["sale_price"]

selector = SelectKBest(score_func=f_regression, k=25)
X_sel = selector.fit_transform(X, y)
print(X.columns[selector.get_support()].tolist())

X_train, X_test, y_train, y_test = train_test_split(X_sel, y, test_size=0.2, random_state=0)
model = LassoCV(cv=5).fit(X_train, y_train)
print("baseline R2", r2_score(y_test, DummyRegressor().fit(X_train, y_train).predict(X_test)))
print("lasso R2", r2_score(y_test, model.predict(X_test)))
