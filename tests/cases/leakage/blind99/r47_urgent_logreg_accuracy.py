import pandas as pd
import numpy as np
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import StandardScaler, OneHotEncoder
from sklearn.compose import ColumnTransformer
from sklearn.pipeline import Pipeline
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import accuracy_score

data = pd.read_csv("train.csv", parse_dates=["created_at"])
data["hour"] = data["created_at"].dt.hour
data["weekend"] = (data["created_at"].dt.dayofweek >= 5).astype(int)

cats = ["channel", "product_area", "customer_tier"]
nums = ["account_seats", "body_length", "n_attachments", "has_error_code", "hour", "weekend"]

X_train, X_test, y_train, y_test = train_test_split(
    data[cats + nums], data["is_urgent"], test_size=0.2, random_state=42, stratify=data["is_urgent"]
)

clf = Pipeline([
    ("prep", ColumnTransformer([
        ("cat", OneHotEncoder(handle_unknown="ignore"), cats),
        ("num", Pipeline([("imp", SimpleImputer(strategy="median")), ("sc", StandardScaler())]), nums),
    ])),
    ("lr", LogisticRegression(max_iter=500, C=0.5)),
])
clf.fit(X_train, y_train)

train_acc = accuracy_score(y_train, clf.predict(X_train))
test_acc = accuracy_score(y_test, clf.predict(X_test))
print(f"train accuracy: {train_acc:.4f}")
print(f"test accuracy:  {test_acc:.4f}")

# which inputs push towards urgent
names = clf.named_steps["prep"].get_feature_names_out()
coefs = pd.Series(clf.named_steps["lr"].coef_[0], index=names).sort_values()
print(coefs.tail(10))

# submission
test = pd.read_csv("test.csv", parse_dates=["created_at"])
test["hour"] = test["created_at"].dt.hour
test["weekend"] = (test["created_at"].dt.dayofweek >= 5).astype(int)
clf.fit(data[cats + nums], data["is_urgent"])
pd.DataFrame({"ticket_id": test["ticket_id"], "prediction": clf.predict_proba(test[cats + nums])[:, 1]}) \
    .to_csv("predictions.csv", index=False)
