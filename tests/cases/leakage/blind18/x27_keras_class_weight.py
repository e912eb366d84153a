"""Stroke prediction - Keras, v2.
Instead of SMOTE: split first, class weights computed on the training labels,
scaler fitted on train."""
import numpy as np
import pandas as pd
from sklearn.model_selection import train_test_split
from sklearn.preprocessing import StandardScaler
from sklearn.utils.class_weight import compute_class_weight
from sklearn.metrics import roc_auc_score, average_precision_score, recall_score, confusion_matrix
from tensorflow import keras
from tensorflow.keras import layers

keras.utils.set_random_seed(3)

df = pd.read_csv("healthcare-dataset-stroke-data.csv").drop(columns=["id"])
df = pd.get_dummies(df, columns=["gender", "ever_married", "work_type", "Residence_type", "smoking_status"], drop_first=True)

X = df.drop(columns="stroke")
y = df["stroke"].values
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=3, stratify=y)

# bmi has ~4% missing: fill with the training median
bmi_med = X_train["bmi"].median()
X_train = X_train.assign(bmi=X_train["bmi"].fillna(bmi_med))
X_test = X_test.assign(bmi=X_test["bmi"].fillna(bmi_med))

sc = StandardScaler().fit(X_train.astype("float32"))
Xtr = sc.transform(X_train.astype("float32"))
Xte = sc.transform(X_test.astype("float32"))

weights = compute_class_weight("balanced", classes=np.array([0, 1]), y=y_train)
class_weight = {0: weights[0], 1: weights[1]}
print("class weights:", class_weight)

inputs = keras.Input(shape=(Xtr.shape[1],))
x = layers.Dense(64, activation="relu")(inputs)
x = layers.Dropout(0.3)(x)
x = layers.Dense(32, activation="relu")(x)
outputs = layers.Dense(1, activation="sigmoid")(x)
model = keras.Model(inputs, outputs)
model.compile(optimizer="adam", loss="binary_crossentropy", metrics=[keras.metrics.AUC(name="auc")])

model.fit(
    Xtr, y_train,
    epochs=100, batch_size=64,
    validation_split=0.2,
    class_weight=class_weight,
    callbacks=[keras.callbacks.EarlyStopping(monitor="val_auc", mode="max", patience=12, restore_best_weights=True)],
    verbose=0,
)

proba = model.predict(Xte, verbose=0).ravel()
pred = (proba > 0.5).astype(int)
print("test ROC AUC:", round(roc_auc_score(y_test, proba), 4))
print("test PR AUC :", round(average_precision_score(y_test, proba), 4))
print("recall@0.5  :", round(recall_score(y_test, pred), 4))
print(confusion_matrix(y_test, pred))
