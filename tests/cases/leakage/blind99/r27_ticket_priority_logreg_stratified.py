import numpy as np
import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.pipeline import make_pipeline
from sklearn.compose import make_column_transformer
from sklearn.preprocessing import OneHotEncoder, StandardScaler
from sklearn.impute import SimpleImputer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import accuracy_score, f1_score, classification_report

RANDOM_STATE = 0
CLASSES = ["low", "normal", "high", "urgent"]

tickets = pd.read_csv("train.csv", parse_dates=["created_at"])
tickets["hour"] = tickets["created_at"].dt.hour
tickets["is_weekend"] = (tickets["created_at"].dt.dayofweek >= 5).astype(int)
tickets["subject_words"] = tickets["subject"].fillna("").str.split().str.len()

cat_features = ["channel", "product_area", "customer_tier"]
num_features = ["account_seats", "body_length", "n_attachments", "has_error_code", "hour", "is_weekend", "subject_words"]

X = tickets[cat_features + num_features]
y = tickets["priority"]
print(y.value_counts())

# stratified so the rare "urgent" class is present in both parts
X_train, X_test, y_train, y_test = train_test_split(
    X, y, test_size=0.25, stratify=y, random_state=RANDOM_STATE
)

preprocess = make_column_transformer(
    (OneHotEncoder(handle_unknown="ignore"), cat_features),
    (make_pipeline(SimpleImputer(strategy="median"), StandardScaler()), num_features),
)
clf = make_pipeline(
    preprocess,
    LogisticRegression(multi_class="multinomial", max_iter=1000, C=1.0, class_weight="balanced"),
)
clf.fit(X_train, y_train)
y_pred = clf.predict(X_test)

print("accuracy :", round(accuracy_score(y_test, y_pred), 3))
print("macro F1 :", round(f1_score(y_test, y_pred, average="macro"), 3))
print(classification_report(y_test, y_pred, labels=CLASSES, digits=3))

coef = pd.DataFrame(clf[-1].coef_, index=clf[-1].classes_, columns=clf[0].get_feature_names_out()).T
print(coef.sort_values("urgent", ascending=False).head(10))

test = pd.read_csv("test.csv", parse_dates=["created_at"])
test["hour"] = test["created_at"].dt.hour
test["is_weekend"] = (test["created_at"].dt.dayofweek >= 5).astype(int)
test["subject_words"] = test["subject"].fillna("").str.split().str.len()
clf.fit(X, y)
pd.DataFrame({"ticket_id": test["ticket_id"], "prediction": clf.predict(test[cat_features + num_features])}) \
    .to_csv("predictions.csv", index=False)
