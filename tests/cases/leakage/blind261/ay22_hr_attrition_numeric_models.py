# HR attrition - quick models on the numeric columns only
# (IBM HR Analytics dataset, 1470 employees)
import pandas as pd
import matplotlib.pyplot as plt
from sklearn.model_selection import train_test_split
from sklearn.linear_model import LogisticRegression
from sklearn.tree import DecisionTreeClassifier
from sklearn.ensemble import RandomForestClassifier
from sklearn.preprocessing import StandardScaler
from sklearn.pipeline import Pipeline
from sklearn.metrics import accuracy_score

df = pd.read_csv("HR-Employee-Attrition.csv")
print(df.info())

# target to 0/1
df["Attrition"] = df["Attrition"].replace({"Yes": 1, "No": 0})
print(df["Attrition"].value_counts())

# drop constant columns + employee number
df.drop(["EmployeeCount", "StandardHours", "EmployeeNumber", "Over18"], axis=1, inplace=True)

df.hist(figsize=(18, 14), bins=20)
plt.tight_layout()
plt.show()

# keep it simple: numeric columns only (Attrition is numeric now, take it out!)
X = df.select_dtypes(include="number").drop(columns=["Attrition"])
y = df["Attrition"]
print(X.columns.tolist())

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.3, random_state=42)

# baseline: say nobody leaves
print("Baseline (always 'No'):", accuracy_score(y_test, [0] * len(y_test)))

lr = Pipeline([("scaler", StandardScaler()), ("lr", LogisticRegression(max_iter=1000))])
lr.fit(X_train, y_train)
print("Logistic Regression:", accuracy_score(y_test, lr.predict(X_test)))

dt = DecisionTreeClassifier(max_depth=5, random_state=42)
dt.fit(X_train, y_train)
print("Decision Tree:", accuracy_score(y_test, dt.predict(X_test)))

rf = RandomForestClassifier(n_estimators=200, random_state=42)
rf.fit(X_train, y_train)
print("Random Forest:", accuracy_score(y_test, rf.predict(X_test)))

# forest is only a bit better than "always No" -> accuracy is not a great metric here
pd.Series(rf.feature_importances_, index=X.columns).nlargest(10).plot.bar()
plt.show()
