"""Stroke prediction - Keras. Dataset is ~5% positive so the network collapses to
'no stroke'; SMOTE fixes that."""
import numpy as np
import pandas as pd
from imblearn.over_sampling import SMOTE
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import StandardScaler
from sklearn.metrics import roc_auc_score, recall_score, precision_score, confusion_matrix
from tensorflow import keras
from tensorflow.keras import layers

df = pd.read_csv("healthcare-dataset-stroke-data.csv").drop(columns=["id"])
df["bmi"] = df["bmi"].fillna(28.0)  # roughly the population BMI
df = pd.get_dummies(df, columns=["gender", "ever_married", "work_type", "Residence_type", "smoking_status"], drop_first=True)
print(df["stroke"].value_counts())

X = df.drop(columns="stroke").astype("float32").values
y = df["stroke"].values

X_res, y_res = SMOTE(random_state=3, k_neighbors=5).fit_resample(X, y)
print("resampled:", np.bincount(y_res))

X_train, X_test, y_train, y_test = train_test_split(X_res, y_res, test_size=0.2, random_state=3, stratify=y_res)

sc = StandardScaler().fit(X_train)
X_train = sc.transform(X_train)
X_test = sc.transform(X_test)

inputs = keras.Input(shape=(X_train.shape[1],))
x = layers.Dense(64, activation="relu")(inputs)
x = layers.Dropout(0.3)(x)
x = layers.Dense(32, activation="relu")(x)
outputs = layers.Dense(1, activation="sigmoid")(x)
model = keras.Model(inputs, outputs)
model.compile(optimizer="adam", loss="binary_crossentropy", metrics=["accuracy", keras.metrics.Recall(name="recall")])

model.fit(
    X_train, y_train,
    epochs=80, batch_size=64,
    validation_split=0.15,
    callbacks=[keras.callbacks.EarlyStopping(patience=10, restore_best_weights=True)],
    verbose=0,
)

proba = model.predict(X_test, verbose=0).ravel()
pred = (proba > 0.5).astype(int)
print("AUC      :", round(roc_auc_score(y_test, proba), 4))
print("recall   :", round(recall_score(y_test, pred), 4))
print("precision:", round(precision_score(y_test, pred), 4))
print(confusion_matrix(y_test, pred))
