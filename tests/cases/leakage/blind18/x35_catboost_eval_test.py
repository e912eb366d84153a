# Hotel booking cancellation - CatBoost with native categorical handling
import pandas as pd
from catboost import CatBoostClassifier, Pool
from sklearn.model_selection import train_test_split
from sklearn.metrics import roc_auc_score, accuracy_score, f1_score

hb = pd.read_csv("hotel_bookings.csv")
# fields that are only filled in after the stay / cancellation
hb = hb.drop(columns=["reservation_status", "reservation_status_date", "assigned_room_type"])
hb["children"] = hb["children"].fillna(0)
hb["country"] = hb["country"].fillna("UNK")
hb["agent"] = hb["agent"].fillna(0).astype(int).astype(str)
hb["company"] = hb["company"].fillna(0).astype(int).astype(str)
hb["total_nights"] = hb["stays_in_weekend_nights"] + hb["stays_in_week_nights"]

y = hb.pop("is_canceled")
X = hb
cat_cols = X.select_dtypes("object").columns.tolist()
print("categorical:", cat_cols)

X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, stratify=y, random_state=77)

model = CatBoostClassifier(
    iterations=4000,
    learning_rate=0.05,
    depth=8,
    eval_metric="AUC",
    od_type="Iter",
    od_wait=200,
    use_best_model=True,
    random_seed=77,
    verbose=250,
)
model.fit(
    Pool(X_train, y_train, cat_features=cat_cols),
    eval_set=Pool(X_test, y_test, cat_features=cat_cols),
)
print("best iteration:", model.get_best_iteration())

proba = model.predict_proba(X_test)[:, 1]
pred = (proba > 0.5).astype(int)
print(f"AUC {roc_auc_score(y_test, proba):.4f} | acc {accuracy_score(y_test, pred):.4f} | F1 {f1_score(y_test, pred):.4f}")

fi = model.get_feature_importance(prettified=True)
print(fi.head(15))
