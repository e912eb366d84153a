"""Lending Club default - Keras MLP.
Adds a regional default rate (3-digit zip) as a feature, since zip has ~900 levels."""
import numpy as np
import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import StandardScaler
from sklearn.metrics import roc_auc_score
from tensorflow import keras
from tensorflow.keras import layers

loans = pd.read_csv("lc_loans_2016_2017.csv", low_memory=False)
loans = loans[loans["loan_status"].isin(["Fully Paid", "Charged Off"])].copy()
loans["default"] = (loans["loan_status"] == "Charged Off").astype(int)
print(len(loans), loans["default"].mean())

loans["int_rate"] = loans["int_rate"].str.rstrip("%").astype(float)
loans["term_60"] = (loans["term"].str.strip() == "60 months").astype(int)
loans["emp_length_yrs"] = loans["emp_length"].str.extract(r"(\d+)").astype(float).fillna(0)
loans["log_inc"] = np.log1p(loans["annual_inc"])
grade_map = {g: i for i, g in enumerate("ABCDEFG")}
loans["grade_num"] = loans["grade"].map(grade_map)

# regional default rate (smoothed)
prior = loans["default"].mean()
zip_stats = loans.groupby("zip_code")["default"].agg(["sum", "count"])
k = 30
zip_rate = (zip_stats["sum"] + k * prior) / (zip_stats["count"] + k)
loans["zip_default_rate"] = loans["zip_code"].map(zip_rate).fillna(prior)

features = ["loan_amnt", "int_rate", "term_60", "emp_length_yrs", "log_inc", "dti", "revol_util",
            "open_acc", "pub_rec", "grade_num", "fico_range_low", "zip_default_rate"]
data = loans[features + ["default"]].dropna()

X_train, X_test, y_train, y_test = train_test_split(
    data[features].values, data["default"].values, test_size=0.2, random_state=8, stratify=data["default"]
)
scaler = StandardScaler().fit(X_train)
X_train, X_test = scaler.transform(X_train), scaler.transform(X_test)

inp = keras.Input(shape=(len(features),))
x = layers.Dense(64, activation="relu")(inp)
x = layers.Dropout(0.2)(x)
x = layers.Dense(32, activation="relu")(x)
out = layers.Dense(1, activation="sigmoid")(x)
model = keras.Model(inp, out)
model.compile(optimizer="adam", loss="binary_crossentropy", metrics=[keras.metrics.AUC(name="auc")])
model.fit(X_train, y_train, validation_split=0.1, epochs=30, batch_size=512,
          callbacks=[keras.callbacks.EarlyStopping(monitor="val_auc", mode="max", patience=4, restore_best_weights=True)])

p = model.predict(X_test, verbose=0).ravel()
print("test AUC:", roc_auc_score(y_test, p))
