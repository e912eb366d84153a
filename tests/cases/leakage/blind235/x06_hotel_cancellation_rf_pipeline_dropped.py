# Hotel booking demand - predict whether a booking gets cancelled
# data: https://www.kaggle.com/jessemostipak/hotel-booking-demand

import pandas as pd
import numpy as np
import matplotlib.pyplot as plt
import seaborn as sns

from sklearn.model_selection import train_test_split
from sklearn.compose import ColumnTransformer
from sklearn.pipeline import Pipeline
from sklearn.preprocessing import OneHotEncoder, StandardScaler
from sklearn.impute import SimpleImputer
from sklearn.dummy import DummyClassifier
from sklearn.ensemble import RandomForestClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import accuracy_score, roc_auc_score, classification_report

pd.set_option("display.max_columns", 40)

hotel = pd.read_csv("hotel_bookings.csv")
print(hotel.shape)

# ---- cleaning -------------------------------------------------------------
hotel["children"] = hotel["children"].fillna(0)
hotel["country"] = hotel["country"].fillna("Unknown")
hotel["agent"] = hotel["agent"].fillna(0)
hotel = hotel.drop(columns=["company"])          # 94% missing
hotel = hotel[(hotel["adults"] + hotel["children"] + hotel["babies"]) > 0]


hotel["total_nights"] = hotel["stays_in_weekend_nights"] + hotel["stays_in_week_nights"]
hotel["total_guests"] = hotel["adults"] + hotel["children"] + hotel["babies"]
hotel["room_changed"] = (hotel["reserved_room_type"] != hotel["assigned_room_type"]).astype(int)

sns.countplot(data=hotel, x="hotel", hue="is_canceled")
plt.title("Cancellations by hotel type")
plt.show()

TARGET = "is_canceled"
# reservation_status literally says 'Canceled' / 'Check-Out' -> must not be used
leaky = ["reservation_status", "reservation_status_date"]
X = hotel.drop(columns=leaky + [TARGET])
y = hotel[TARGET]

num_cols = X.select_dtypes(include=["int64", "float64"]).columns.tolist()
cat_cols = X.select_dtypes(include=["object"]).columns.tolist()
assert TARGET not in num_cols
print("numeric:", num_cols)
print("categorical:", cat_cols)

X_train, X_test, y_train, y_test = train_test_split(
    X, y, test_size=0.2, random_state=0, stratify=y
)

preprocess = ColumnTransformer([
    ("num", Pipeline([("imp", SimpleImputer(strategy="median")),
                      ("sc", StandardScaler())]), num_cols),
    ("cat", Pipeline([("imp", SimpleImputer(strategy="constant", fill_value="missing")),
                      ("ohe", OneHotEncoder(handle_unknown="ignore", min_frequency=50))]), cat_cols),
])

candidates = {
    "majority_baseline": DummyClassifier(strategy="most_frequent"),
    "logreg": LogisticRegression(max_iter=1000),
    "rf": RandomForestClassifier(n_estimators=250, min_samples_leaf=2,
                                 n_jobs=-1, random_state=0),
}

summary = []
fitted = {}
for name, est in candidates.items():
    pipe = Pipeline([("prep", preprocess), ("model", est)])
    pipe.fit(X_train, y_train)
    proba = pipe.predict_proba(X_test)[:, 1]
    pred = pipe.predict(X_test)
    summary.append((name, accuracy_score(y_test, pred), roc_auc_score(y_test, proba)))
    print(f"\n{name}")
    print(classification_report(y_test, pred, digits=3, zero_division=0))
    fitted[name] = pipe

print(pd.DataFrame(summary, columns=["model", "accuracy", "roc_auc"]).set_index("model"))

rf_pipe = fitted["rf"]
ohe_names = rf_pipe.named_steps["prep"].named_transformers_["cat"].named_steps["ohe"].get_feature_names_out(cat_cols)
feat_names = num_cols + list(ohe_names)
imp = pd.Series(rf_pipe.named_steps["model"].feature_importances_, index=feat_names)
imp.sort_values(ascending=False).head(20).plot(kind="barh", figsize=(8, 7))
plt.gca().invert_yaxis()
plt.title("Top 20 features")
plt.show()
